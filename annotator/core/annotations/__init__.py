"""The annotation: one student's tag on one span of one article, and its one record of fields
that storage, submissions and exports all map through."""
