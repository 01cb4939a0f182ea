<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcceptClaimDialog</name>
    <message>
        <source>Accept into the key</source>
        <translation>Añadir a la clave</translation>
    </message>
    <message>
        <source>The claim joins the key for the whole class: every student who tagged these words earns it, and the class is graded again at once.</source>
        <translation>La afirmación entra en la clave para toda la clase: cada estudiante que etiquetó estas palabras la gana, y la clase se vuelve a calificar en el acto.</translation>
    </message>
    <message>
        <source>Accept into the Key</source>
        <translation>Añadir a la clave</translation>
    </message>
    <message>
        <source>Why these words carry this tag (students see it)</source>
        <translation>Por qué estas palabras llevan esta etiqueta (lo ven los estudiantes)</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Worth:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>AnnotationOperations</name>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Tag as {label}</source>
        <translation>Etiquetar como {label}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Borrar la anotación</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>This text is no longer in the article; your tag and note are kept.</source>
        <translation>Este texto ya no está en el artículo; tu etiqueta y tu nota se conservan.</translation>
    </message>
    <message>
        <source>(not found) </source>
        <translation>(no encontrada) </translation>
    </message>
</context>
<context>
    <name>ClassActions</name>
    <message>
        <source>&amp;Roster…</source>
        <translation>&amp;Lista de clase…</translation>
    </message>
    <message>
        <source>&amp;Decide on Held Submissions…</source>
        <translation>&amp;Decidir sobre las entregas en espera…</translation>
    </message>
    <message>
        <source>Re&amp;move This Student&apos;s Submission</source>
        <translation>&amp;Quitar la entrega de este estudiante</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Clase</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>None held</source>
        <translation>Ninguna en espera</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) wait for your decision: they are neither graded nor exported, and replace nothing, until you decide</source>
        <translation>
            <numerusform>%n entrega espera tu decisión: no se califica ni se exporta, y no reemplaza nada, hasta que decidas</numerusform>
            <numerusform>%n entregas esperan tu decisión: no se califican ni se exportan, y no reemplazan nada, hasta que decidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No submission waits for your decision</source>
        <translation>Ninguna entrega espera tu decisión</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s submission</source>
        <translation>Quitar la entrega de {name}</translation>
    </message>
</context>
<context>
    <name>ClassChange</name>
    <message>
        <source>Put back, but waiting for you</source>
        <translation>Restaurada, pero a la espera de tu decisión</translation>
    </message>
    <message>
        <source>Another submission took the place of {names} since: they wait for your decision now (Class &gt; Decide on Held Submissions…).</source>
        <translation>Desde entonces, otra entrega ocupó el lugar de {names}: ahora esperan tu decisión (Clase &gt; Decidir sobre las entregas en espera…).</translation>
    </message>
</context>
<context>
    <name>ClassDialogs</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>ID (Canvas)</source>
        <translation>ID (Canvas)</translation>
    </message>
    <message>
        <source>SIS User ID</source>
        <translation>ID de usuario SIS</translation>
    </message>
    <message>
        <source>SIS Login ID</source>
        <translation>ID de inicio de sesión SIS</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Por qué espera</translation>
    </message>
    <message>
        <source>Conflicts with</source>
        <translation>Choca con</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>ClassOverviewPanel</name>
    <message>
        <source>Class overview</source>
        <translation>Resumen de la clase</translation>
    </message>
    <message>
        <source>Which tag the claims were given</source>
        <translation>Qué etiqueta recibieron las afirmaciones</translation>
    </message>
    <message>
        <source>Agreement between students</source>
        <translation>Acuerdo entre estudiantes</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrada</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <translation>etiqueta equivocada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>found · wrong tag · &lt;b&gt;missed&lt;/b&gt;, in students</source>
        <translation>encontrada · etiqueta equivocada · &lt;b&gt;no encontrada&lt;/b&gt;, en número de estudiantes</translation>
    </message>
    <message>
        <source>Claims, most missed first</source>
        <translation>Afirmaciones, primero las menos encontradas</translation>
    </message>
    <message>
        <source>Who missed the claim</source>
        <translation>Quién no encontró la afirmación</translation>
    </message>
    <message>
        <source>Choose a claim to see it in its article, and who missed it.</source>
        <translation>Elige una afirmación para verla en su artículo y saber quién no la encontró.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Who tagged each article</source>
        <translation>Quién etiquetó cada artículo</translation>
    </message>
    <message>
        <source>Rows: the key&apos;s tag. Columns: the tag given.</source>
        <translation>Filas: la etiqueta de la clave. Columnas: la etiqueta puesta.</translation>
    </message>
    <message>
        <source>{count} of the {found} {key_tag} claims found were tagged {tag}</source>
        <translation>{count} de las {found} afirmaciones {key_tag} encontradas se etiquetaron {tag}</translation>
    </message>
    <message>
        <source>Rows: the key&apos;s tag. Columns (→): the tag students gave the claims they found, as a share of the row. Hover a cell for the count.</source>
        <translation>Filas: la etiqueta de la clave. Columnas (→): la etiqueta que los estudiantes pusieron a las afirmaciones que encontraron, como parte de la fila. Pasa el ratón por una celda para ver el número.</translation>
    </message>
</context>
<context>
    <name>ClassPlurals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>Accepted into the key</source>
        <translation>Añadida a la clave</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Puntos concedidos</translation>
    </message>
    <message>
        <source>edited after it was written</source>
        <translation>editada después de escribirse</translation>
    </message>
    <message>
        <source>older app: sender unproven</source>
        <translation>versión antigua de la aplicación: remitente sin comprobar</translation>
    </message>
    <message>
        <source>dated in the future</source>
        <translation>con fecha futura</translation>
    </message>
    <message>
        <source>late by {time}</source>
        <translation>con {time} de retraso</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>no está en la lista de clase</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <source>A checkable statement of fact: a number, a date, an event.</source>
        <translation>Una afirmación comprobable: un número, una fecha, un suceso.</translation>
    </message>
    <message>
        <source>Someone&apos;s words, with who said them.</source>
        <translation>Las palabras de alguien, con quién las dijo.</translation>
    </message>
    <message>
        <source>Word choice that steers how the reader sees the story.</source>
        <translation>Palabras elegidas para orientar cómo ve la noticia quien la lee.</translation>
    </message>
    <message>
        <source>a solid line</source>
        <translation>una línea continua</translation>
    </message>
    <message>
        <source>dashes</source>
        <translation>guiones</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>a wavy line</source>
        <translation>una línea ondulada</translation>
    </message>
    <message>
        <source>dash-dot-dot</source>
        <translation>raya-punto-punto</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>raya-punto</translation>
    </message>
    <message>
        <source>everything, in the app&apos;s own JSON</source>
        <translation>todo, en el JSON propio de la aplicación</translation>
    </message>
    <message>
        <source>one row per annotation</source>
        <translation>una fila por anotación</translation>
    </message>
    <message>
        <source>a W3C Web Annotation collection</source>
        <translation>una colección de anotaciones web W3C</translation>
    </message>
    <message>
        <source>scores and grades per student (CSV)</source>
        <translation>puntuaciones y notas por estudiante (CSV)</translation>
    </message>
    <message>
        <source>grades for Canvas&apos; gradebook import (CSV)</source>
        <translation>notas para importar en el libro de calificaciones de Canvas (CSV)</translation>
    </message>
    <message>
        <source>graded set: key, scores, feedback (JSON)</source>
        <translation>conjunto calificado: clave, puntuaciones, comentarios (JSON)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>anotaciones web W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>a folder of printable reports (HTML)</source>
        <translation>una carpeta de informes para imprimir (HTML)</translation>
    </message>
    <message>
        <source>a folder of printable reports (PDF)</source>
        <translation>una carpeta de informes para imprimir (PDF)</translation>
    </message>
    <message>
        <source>underlined with {line}</source>
        <translation>subrayado con {line}</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>{students} of {size} · {skipped} skipped</source>
        <translation>{students} de {size} · {skipped} sin etiquetar</translation>
    </message>
    <message>
        <source>{students} of {size} · all</source>
        <translation>{students} de {size} · todos</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Credit for this student</source>
        <translation>Puntos para este estudiante</translation>
    </message>
    <message>
        <source>{student} earns these points for this highlight; the key does not change, and no other student&apos;s score does.</source>
        <translation>{student} gana estos puntos por este resaltado; la clave no cambia, ni la puntuación de ningún otro estudiante.</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Dar los puntos</translation>
    </message>
    <message>
        <source>Why it counts (the student sees it)</source>
        <translation>Por qué cuenta (lo ve el estudiante)</translation>
    </message>
    <message>
        <source>Worth:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Export the class: {format}</source>
        <translation>Exportar la clase: {format}</translation>
    </message>
    <message>
        <source>Release the Answer Key in Students&apos; Reports</source>
        <translation>Mostrar la clave de respuestas en los informes de los estudiantes</translation>
    </message>
    <message>
        <source>Students&apos; reports list every claim of the key with its note, the missed ones too</source>
        <translation>Los informes de los estudiantes listan cada afirmación de la clave con su nota, también las no encontradas</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the class: grades, the graded set, annotations, reports</source>
        <translation>Exportar la clase: notas, el conjunto calificado, anotaciones, informes</translation>
    </message>
    <message>
        <source>Export: {title}</source>
        <translation>Exportar: {title}</translation>
    </message>
    <message>
        <source>*{suffix};;All files (*)</source>
        <translation>*{suffix};;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {path}</source>
        <translation>
            <numerusform>Se exportó %n archivo a {path}</numerusform>
            <numerusform>Se exportaron %n archivos a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Se exportó {path}</translation>
    </message>
    <message>
        <source>Wrote {path}. Check before you import it:</source>
        <translation>Se escribió {path}. Revisa antes de importarlo:</translation>
    </message>
    <message>
        <source>Check the export</source>
        <translation>Revisa la exportación</translation>
    </message>
    <message>
        <source>Writing {format}…</source>
        <translation>Escribiendo {format}…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Wrote {done} of {total}: {name}</source>
        <translation>Escritos {done} de {total}: {name}</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Submissions waiting for your decision</source>
        <translation>Entregas a la espera de tu decisión</translation>
    </message>
    <message>
        <source>These submissions are neither graded nor exported, and replace nothing, until you decide. Every decision can be undone (Class &gt; Undo).</source>
        <translation>Estas entregas no se califican ni se exportan, y no reemplazan nada, hasta que decidas. Toda decisión se puede deshacer (Clase &gt; Deshacer).</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>Quedarse con esta</translation>
    </message>
    <message>
        <source>It takes the place it claims; the submission there leaves the class</source>
        <translation>Ocupa el lugar que reclama; la entrega que estaba ahí sale de la clase</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Quedarse con las dos</translation>
    </message>
    <message>
        <source>Two different students: it joins the class on its own</source>
        <translation>Dos estudiantes distintos: entra en la clase por separado</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep {name}&apos;s held submission</source>
        <translation>Quedarse con la entrega en espera de {name}</translation>
    </message>
    <message>
        <source>Keep {name}&apos;s held submission apart</source>
        <translation>Quedarse con la entrega en espera de {name} por separado</translation>
    </message>
    <message>
        <source>Discard {name}&apos;s held submission</source>
        <translation>Descartar la entrega en espera de {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Assign {name}&apos;s held submission</source>
        <translation>Asignar la entrega en espera de {name}</translation>
    </message>
</context>
<context>
    <name>ImportPlurals</name>
    <message numerus="yes">
        <source>%n submission(s) wait for your decision: Class &gt; Decide on Held Submissions…. Until then they are neither graded nor exported, and replace nothing.</source>
        <translation>
            <numerusform>%n entrega espera tu decisión: Clase &gt; Decidir sobre las entregas en espera…. Hasta entonces no se califica ni se exporta, y no reemplaza nada.</numerusform>
            <numerusform>%n entregas esperan tu decisión: Clase &gt; Decidir sobre las entregas en espera…. Hasta entonces no se califican ni se exportan, y no reemplazan nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{count} added: {names}</source>
        <translation>Añadidas {count}: {names}</translation>
    </message>
    <message>
        <source>{count} updated: {names}</source>
        <translation>Actualizadas {count}: {names}</translation>
    </message>
    <message>
        <source>{count} held: {names}</source>
        <translation>En espera {count}: {names}</translation>
    </message>
    <message>
        <source>{count} refused: {names}</source>
        <translation>Rechazadas {count}: {names}</translation>
    </message>
    <message>
        <source>{count} kept newer: {names}</source>
        <translation>Se conservó la más reciente {count}: {names}</translation>
    </message>
    <message>
        <source>{count} unchanged: {names}</source>
        <translation>Sin cambios {count}: {names}</translation>
    </message>
    <message>
        <source>No submission files were found.</source>
        <translation>No se encontró ningún archivo de entrega.</translation>
    </message>
    <message>
        <source>Stopped after {done} of {all} files.</source>
        <translation>Se detuvo después de {done} de {all} archivos.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
</context>
<context>
    <name>KeyDialogs</name>
    <message>
        <source> point(s)</source>
        <translation> punto(s)</translation>
    </message>
</context>
<context>
    <name>KeyLearning</name>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Most chose</source>
        <translation>La más elegida</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Tu cambio</translation>
    </message>
    <message>
        <source>Suggestions for the Key</source>
        <translation>Sugerencias para la clave</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>al menos </translation>
    </message>
    <message>
        <source> students</source>
        <translation> estudiantes</translation>
    </message>
    <message>
        <source>Accept into the Key…</source>
        <translation>Añadir a la clave…</translation>
    </message>
    <message>
        <source>Add these words to the key as a claim: tag, points, note</source>
        <translation>Añadir estas palabras a la clave como afirmación: etiqueta, puntos, nota</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not a claim: stop suggesting these words</source>
        <translation>No es una afirmación: dejar de sugerir estas palabras</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Take back the chosen change: the class is graded again</source>
        <translation>Retirar el cambio elegido: la clase se vuelve a calificar</translation>
    </message>
    <message>
        <source>Your changes to the key</source>
        <translation>Tus cambios en la clave</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>Cla&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Suggestions for the Key</source>
        <translation>&amp;Sugerencias para la clave</translation>
    </message>
    <message>
        <source>&amp;Export the Key as key.toml…</source>
        <translation>&amp;Exportar la clave como key.toml…</translation>
    </message>
    <message>
        <source>“{words}”
{count} students: {who}
Tags chosen: {tags}</source>
        <translation>«{words}»
{count} estudiantes: {who}
Etiquetas elegidas: {tags}</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) that {least} or more students tagged and the key lacks, most students first</source>
        <translation>
            <numerusform>%n fragmento que {least} o más estudiantes etiquetaron y que falta en la clave, primero los de más estudiantes</numerusform>
            <numerusform>%n fragmentos que {least} o más estudiantes etiquetaron y que faltan en la clave, primero los de más estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first {listed} listed)</source>
        <translation> (se listan los {listed} primeros)</translation>
    </message>
    <message>
        <source>. Accept one into the key or dismiss it: the class is graded again at once (Ctrl+Z takes it back).</source>
        <translation>. Añade uno a la clave o descártalo: la clase se vuelve a calificar en el acto (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Nothing that {least} or more students tagged is missing from the key.</source>
        <translation>No falta en la clave nada que hayan etiquetado {least} o más estudiantes.</translation>
    </message>
    <message>
        <source>Import the class&apos;s submissions: what several students tag and the key lacks is listed here.</source>
        <translation>Importa las entregas de la clase: aquí se lista lo que varios estudiantes etiquetan y falta en la clave.</translation>
    </message>
    <message>
        <source>a student no longer in the class</source>
        <translation>un estudiante que ya no está en la clase</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <source>Take back: {change}</source>
        <translation>Retirar: {change}</translation>
    </message>
    <message>
        <source>{count} students tagged it ({tags}): {names}</source>
        <translation>Lo etiquetaron {count} estudiantes ({tags}): {names}</translation>
    </message>
    <message>
        <source>Accept “{words}” into the key</source>
        <translation>Añadir «{words}» a la clave</translation>
    </message>
    <message>
        <source>Dismiss “{words}”</source>
        <translation>Descartar «{words}»</translation>
    </message>
    <message>
        <source>Credit for This Student…</source>
        <translation>Dar puntos a este estudiante…</translation>
    </message>
    <message>
        <source>Accept These Words into the Key…</source>
        <translation>Añadir estas palabras a la clave…</translation>
    </message>
    <message>
        <source>Take Back the Credit for This Student</source>
        <translation>Retirar los puntos dados a este estudiante</translation>
    </message>
    <message>
        <source>Credit “{words}” for {name}</source>
        <translation>Dar puntos por «{words}» a {name}</translation>
    </message>
    <message>
        <source>Tagged {tag} by {name}</source>
        <translation>Etiquetado {tag} por {name}</translation>
    </message>
    <message>
        <source>Export the key as key.toml</source>
        <translation>Exportar la clave como key.toml</translation>
    </message>
    <message>
        <source>Answer keys (*.toml)</source>
        <translation>Claves de respuestas (*.toml)</translation>
    </message>
    <message>
        <source>Key not written</source>
        <translation>No se escribió la clave</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>The new language is used when the app starts again.</source>
        <translation>El nuevo idioma se usará la próxima vez que se abra la aplicación.</translation>
    </message>
</context>
<context>
    <name>LessonOpening</name>
    <message>
        <source>&amp;Open Lesson Pack (.zip)…</source>
        <translation>&amp;Abrir paquete de lección (.zip)…</translation>
    </message>
    <message>
        <source>Open a lesson pack your teacher sent as a .zip file</source>
        <translation>Abrir un paquete de lección que tu docente envió como archivo .zip</translation>
    </message>
    <message>
        <source>Open Lesson &amp;Folder…</source>
        <translation>Abrir &amp;carpeta de lección…</translation>
    </message>
    <message>
        <source>Open a lesson pack that is a folder with lesson.toml</source>
        <translation>Abrir un paquete de lección que es una carpeta con lesson.toml</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Lesson</source>
        <translation>Abrir la lección &amp;incluida</translation>
    </message>
    <message>
        <source>The example lesson that comes with the app</source>
        <translation>La lección de ejemplo que viene con la aplicación</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open a lesson pack (.zip)</source>
        <translation>Abrir un paquete de lección (.zip)</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip lesson.toml)</source>
        <translation>Paquetes de lección (*.zip lesson.toml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a lesson folder (the folder holding lesson.toml)</source>
        <translation>Abrir una carpeta de lección (la carpeta que contiene lesson.toml)</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <source>{file} could not be opened.</source>
        <translation>No se pudo abrir {file}.</translation>
    </message>
    <message>
        <source>… and {more} more: see Show Details.</source>
        <translation>… y {more} más: mira Mostrar detalles.</translation>
    </message>
    <message>
        <source>This lesson cannot be opened</source>
        <translation>No se puede abrir esta lección</translation>
    </message>
    <message numerus="yes">
        <source>The lesson pack “{file}” cannot be opened: %n problem(s) to fix.</source>
        <translation>
            <numerusform>No se puede abrir el paquete de lección «{file}»: hay %n problema que corregir.</numerusform>
            <numerusform>No se puede abrir el paquete de lección «{file}»: hay %n problemas que corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each line names the file, the field or line, and what to fix. Correct the pack (or ask whoever made it for a corrected one) and open it again.</source>
        <translation>Cada línea indica el archivo, el campo o la línea, y qué corregir. Corrige el paquete (o pide uno corregido a quien lo hizo) y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>“{title}” stays open.</source>
        <translation>«{title}» sigue abierta.</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n annotation(s) in this version of the lesson…</source>
        <translation>
            <numerusform>Colocando %n anotación en esta versión de la lección…</numerusform>
            <numerusform>Colocando %n anotaciones en esta versión de la lección…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed in this version of the lesson: kept and listed as “not found”.</source>
        <translation>
            <numerusform>%n anotación no se pudo colocar en esta versión de la lección: se conserva y aparece como «no encontrada».</numerusform>
            <numerusform>%n anotaciones no se pudieron colocar en esta versión de la lección: se conservan y aparecen como «no encontradas».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) not found before are back in place.</source>
        <translation>
            <numerusform>%n anotación que antes no se encontraba vuelve a estar en su sitio.</numerusform>
            <numerusform>%n anotaciones que antes no se encontraban vuelven a estar en su sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened “{title}”.</source>
        <translation>Se abrió «{title}».</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>No longer there: {path}</source>
        <translation>Ya no está ahí: {path}</translation>
    </message>
    <message>
        <source>No lessons yet</source>
        <translation>Aún no hay lecciones</translation>
    </message>
</context>
<context>
    <name>OutcomeLayers</name>
    <message>
        <source>the tag&apos;s colour and line</source>
        <translation>el color y la línea de la etiqueta</translation>
    </message>
    <message>
        <source>a dotted box</source>
        <translation>un recuadro punteado</translation>
    </message>
    <message>
        <source>as found</source>
        <translation>como encontrada</translation>
    </message>
    <message>
        <source>a solid box</source>
        <translation>un recuadro continuo</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>tachado</translation>
    </message>
    <message>
        <source>a dashed box, no colour</source>
        <translation>un recuadro discontinuo, sin color</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrada</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>credited by you</source>
        <translation>con puntos que diste tú</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <translation>etiqueta equivocada</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>de más</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>On the articles, {outcomes}. Hover a highlight to see which.</source>
        <translation>En los artículos, {outcomes}. Pasa el ratón por un resaltado para ver cuál es.</translation>
    </message>
    <message>
        <source>Found: the key tags this {key_tag} too</source>
        <translation>Encontrada: la clave también etiqueta esto como {key_tag}</translation>
    </message>
    <message>
        <source>Partial credit (tagged {tag}; the key tags this {key_tag})</source>
        <translation>Puntos parciales (etiquetado {tag}; la clave lo etiqueta {key_tag})</translation>
    </message>
    <message>
        <source>Credited by you for this student alone (tagged {tag})</source>
        <translation>Puntos que diste solo a este estudiante (etiquetado {tag})</translation>
    </message>
    <message>
        <source>Wrong tag: tagged {tag}, the key says {key_tag}</source>
        <translation>Etiqueta equivocada: etiquetado {tag}, la clave dice {key_tag}</translation>
    </message>
    <message>
        <source>Extra: near a claim, not credited (tagged {tag})</source>
        <translation>De más: cerca de una afirmación, sin puntos (etiquetado {tag})</translation>
    </message>
    <message>
        <source>Extra: not in the key (tagged {tag})</source>
        <translation>De más: no está en la clave (etiquetado {tag})</translation>
    </message>
    <message>
        <source>Missed: the key tags this {key_tag}</source>
        <translation>No encontrada: la clave etiqueta esto como {key_tag}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Por qué: {reason}</translation>
    </message>
    <message>
        <source>Key&apos;s note: {note}</source>
        <translation>Nota de la clave: {note}</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Who tagged each article</source>
        <translation>Quién etiquetó cada artículo</translation>
    </message>
</context>
<context>
    <name>ResponsiveLayout</name>
    <message>
        <source>Show or hide the {panel} (F9)</source>
        <translation>Mostrar u ocultar el {panel} (F9)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <source>{outlet} (Ctrl+PgDown, Ctrl+PgUp: the next, the previous)</source>
        <translation>{outlet} (Ctrl+AvPág, Ctrl+RePág: el siguiente, el anterior)</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Class roster</source>
        <translation>Lista de clase</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Canvas&apos; gradebook export (Grades &gt; Export), or a CSV with name and id columns</source>
        <translation>La exportación del libro de calificaciones de Canvas (Calificaciones &gt; Exportar), o un CSV con columnas de nombre e ID</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <source>Remove Student</source>
        <translation>Quitar estudiante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) on the roster.</source>
        <translation>
            <numerusform>%n estudiante en la lista de clase.</numerusform>
            <numerusform>%n estudiantes en la lista de clase.</numerusform>
        </translation>
    </message>
    <message>
        <source>No roster yet.</source>
        <translation>Aún no hay lista de clase.</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>No se importó la lista de clase</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged.</source>
        <translation>Se importó {file}: {added} añadidos, {updated} actualizados, {removed} quitados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <source>Now on the roster: {names}.</source>
        <translation>Ahora en la lista de clase: {names}.</translation>
    </message>
    <message>
        <source>On no roster entry: {names}.</source>
        <translation>Sin entrada en la lista de clase: {names}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>New student {number}</source>
        <translation>Estudiante nuevo {number}</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <source>median {score}</source>
        <translation>mediana {score}</translation>
    </message>
    <message>
        <source>a dot: {count} students</source>
        <translation>un punto: {count} estudiantes</translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message>
        <source>Submit work</source>
        <translation>Entregar el trabajo</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tu nombre:</translation>
    </message>
    <message>
        <source>Your student ID (leave empty if your teacher gave you none):</source>
        <translation>Tu ID de estudiante (déjalo vacío si tu docente no te dio ninguno):</translation>
    </message>
    <message>
        <source>Save your submission</source>
        <translation>Guardar tu entrega</translation>
    </message>
    <message>
        <source>Submissions (*.submission.json)</source>
        <translation>Entregas (*.submission.json)</translation>
    </message>
    <message>
        <source>The submission was not saved: {error}</source>
        <translation>No se guardó la entrega: {error}</translation>
    </message>
</context>
<context>
    <name>SubmittingPlurals</name>
    <message numerus="yes">
        <source>Submitted %n annotation(s) to {file}. Hand this file to your teacher.</source>
        <translation>
            <numerusform>Se entregó %n anotación en {file}. Dale este archivo a tu docente.</numerusform>
            <numerusform>Se entregaron %n anotaciones en {file}. Dale este archivo a tu docente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowLayouts</name>
    <message>
        <source>&amp;Side Panel</source>
        <translation>&amp;Panel lateral</translation>
    </message>
    <message>
        <source>&amp;Class Panel</source>
        <translation>Panel de &amp;clase</translation>
    </message>
</context>
</TS>
