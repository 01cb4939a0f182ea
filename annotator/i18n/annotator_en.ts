<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <source>{students} of %n student(s): {counts}</source>
        <translation>
            <numerusform>{students} of %n student: {counts}</numerusform>
            <numerusform>{students} of %n students: {counts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassActions</name>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) wait for your decision: they are neither graded nor exported, and replace nothing, until you decide</source>
        <translation>
            <numerusform>%n submission waits for your decision: it is neither graded nor exported, and replaces nothing, until you decide</numerusform>
            <numerusform>%n submissions wait for your decision: they are neither graded nor exported, and replace nothing, until you decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassPlurals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %n file(s) to {path}</source>
        <translation>
            <numerusform>Exported %n file to {path}</numerusform>
            <numerusform>Exported %n files to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlurals</name>
    <message numerus="yes">
        <source>%n submission(s) wait for your decision: Class &gt; Decide on Held Submissions…. Until then they are neither graded nor exported, and replace nothing.</source>
        <translation>
            <numerusform>%n submission waits for your decision: Class &gt; Decide on Held Submissions…. Until then it is neither graded nor exported, and replaces nothing.</numerusform>
            <numerusform>%n submissions wait for your decision: Class &gt; Decide on Held Submissions…. Until then they are neither graded nor exported, and replace nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyLearning</name>
    <message numerus="yes">
        <source>%n stretch(es) that {least} or more students tagged and the key lacks, most students first</source>
        <translation>
            <numerusform>%n stretch that {least} or more students tagged and the key lacks, most students first</numerusform>
            <numerusform>%n stretches that {least} or more students tagged and the key lacks, most students first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonOpening</name>
    <message numerus="yes">
        <source>The lesson pack “{file}” cannot be opened: %n problem(s) to fix.</source>
        <translation>
            <numerusform>The lesson pack “{file}” cannot be opened: %n problem to fix.</numerusform>
            <numerusform>The lesson pack “{file}” cannot be opened: %n problems to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placing %n annotation(s) in this version of the lesson…</source>
        <translation>
            <numerusform>Placing %n annotation in this version of the lesson…</numerusform>
            <numerusform>Placing %n annotations in this version of the lesson…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed in this version of the lesson: kept and listed as “not found”.</source>
        <translation>
            <numerusform>%n annotation could not be placed in this version of the lesson: it is kept and listed as “not found”.</numerusform>
            <numerusform>%n annotations could not be placed in this version of the lesson: they are kept and listed as “not found”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not found before are back in place.</source>
        <translation>
            <numerusform>%n annotation not found before is back in place.</numerusform>
            <numerusform>%n annotations not found before are back in place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>Whole class (%n student(s)): heat map</source>
        <translation>
            <numerusform>Whole class (%n student): heat map</numerusform>
            <numerusform>Whole class (%n students): heat map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message numerus="yes">
        <source>%n student(s) on the roster.</source>
        <translation>
            <numerusform>%n student on the roster.</numerusform>
            <numerusform>%n students on the roster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>%n tagged</source>
        <translation>
            <numerusform>%n tagged</numerusform>
            <numerusform>%n tagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in this version</source>
        <translation>
            <numerusform>%n not found in this version</numerusform>
            <numerusform>%n not found in this version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmittingPlurals</name>
    <message numerus="yes">
        <source>Submitted %n annotation(s) to {file}. Hand this file to your teacher.</source>
        <translation>
            <numerusform>Submitted %n annotation to {file}. Hand this file to your teacher.</numerusform>
            <numerusform>Submitted %n annotations to {file}. Hand this file to your teacher.</numerusform>
        </translation>
    </message>
</context>
</TS>
