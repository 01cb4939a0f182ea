"""The classroom: submissions handed in, grading against the key, the grade record, agreement
between students and the class heat map."""
