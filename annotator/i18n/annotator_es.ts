<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Annotator</source>
        <translation>Acerca de Annotator</translation>
    </message>
    <message>
        <source>The version and the licences.</source>
        <translation>La versión y las licencias.</translation>
    </message>
</context>
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
    <name>Accessibility</name>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>The title students see above the articles.</source>
        <translation>El título que el alumnado ve sobre los artículos.</translation>
    </message>
    <message>
        <source>Lesson id</source>
        <translation>Identificador de la lección</translation>
    </message>
    <message>
        <source>A short name for the lesson in files: letters, digits and hyphens.</source>
        <translation>Un nombre corto de la lección para los archivos: letras, cifras y guiones.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>The lesson&apos;s version; saving an edited lesson raises it.</source>
        <translation>La versión de la lección; al guardar una lección editada, sube.</translation>
    </message>
    <message>
        <source>Instructions (Markdown)</source>
        <translation>Instrucciones (Markdown)</translation>
    </message>
    <message>
        <source>What students read first, in Markdown; the preview shows it as they will.</source>
        <translation>Lo que el alumnado lee primero, en Markdown; la vista previa lo muestra como lo verán.</translation>
    </message>
    <message>
        <source>Instructions preview</source>
        <translation>Vista previa de las instrucciones</translation>
    </message>
    <message>
        <source>The instructions as students will see them.</source>
        <translation>Las instrucciones tal como las verá el alumnado.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Who published the article.</source>
        <translation>Quién publicó el artículo.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>The article&apos;s headline, word for word.</source>
        <translation>El titular del artículo, palabra por palabra.</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Who wrote the article, if the page says.</source>
        <translation>Quién escribió el artículo, si la página lo dice.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>When the article was published, as the page says.</source>
        <translation>Cuándo se publicó el artículo, según la página.</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Where the article was published.</source>
        <translation>Dónde se publicó el artículo.</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sobre la fuente</translation>
    </message>
    <message>
        <source>How the text was captured and what was cut.</source>
        <translation>Cómo se obtuvo el texto y qué se quitó.</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>The article&apos;s paragraphs: Space unticks one that is not the article.</source>
        <translation>Los párrafos del artículo: Espacio desmarca uno que no es parte del artículo.</translation>
    </message>
    <message>
        <source>Paragraph kind</source>
        <translation>Tipo de párrafo</translation>
    </message>
    <message>
        <source>Marks the chosen paragraph as a paragraph, a heading, a caption or a standfirst.</source>
        <translation>Marca el párrafo elegido como párrafo, subtítulo, pie de foto o entradilla.</translation>
    </message>
    <message>
        <source>Split at cursor</source>
        <translation>Dividir en el cursor</translation>
    </message>
    <message>
        <source>Splits the chosen paragraph at the cursor, so that a part can be unticked.</source>
        <translation>Divide el párrafo elegido en el cursor, para poder desmarcar una parte.</translation>
    </message>
    <message>
        <source>Remove or restore</source>
        <translation>Quitar o recuperar</translation>
    </message>
    <message>
        <source>Leaves the chosen paragraph out of the article, or brings it back.</source>
        <translation>Deja el párrafo elegido fuera del artículo, o lo recupera.</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>Texto del párrafo</translation>
    </message>
    <message>
        <source>The chosen paragraph&apos;s words, read only: place the cursor for a split.</source>
        <translation>Las palabras del párrafo elegido, solo lectura: pon el cursor donde dividir.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>What must be fixed before the lesson can be saved, one a line.</source>
        <translation>Lo que hay que arreglar antes de guardar la lección, uno por línea.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>What to tag in this lesson, and how it is graded.</source>
        <translation>Qué etiquetar en esta lección y cómo se califica.</translation>
    </message>
    <message>
        <source>Shows or hides the instructions (F1).</source>
        <translation>Muestra u oculta las instrucciones (F1).</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Mostrar etiqueta</translation>
    </message>
    <message>
        <source>Lists only the annotations with this tag.</source>
        <translation>Lista solo las anotaciones con esta etiqueta.</translation>
    </message>
    <message>
        <source>Show article</source>
        <translation>Mostrar artículo</translation>
    </message>
    <message>
        <source>Lists only the annotations in this article.</source>
        <translation>Lista solo las anotaciones de este artículo.</translation>
    </message>
    <message>
        <source>Your annotations</source>
        <translation>Tus anotaciones</translation>
    </message>
    <message>
        <source>Up and Down choose an annotation; Enter shows it in its article; Delete removes it; Tab goes on to its tag and note.</source>
        <translation>Arriba y Abajo eligen una anotación; Intro la muestra en su artículo; Suprimir la borra; Tabulador pasa a su etiqueta y su nota.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note on the chosen annotation, saved as you type; Tab leaves it.</source>
        <translation>Tu nota sobre la anotación elegida; se guarda mientras escribes; Tabulador sale de ella.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Deletes the chosen annotation (Ctrl+Z brings it back).</source>
        <translation>Borra la anotación elegida (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Shows or hides the instructions and the list (F9).</source>
        <translation>Muestra u oculta las instrucciones y la lista (F9).</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Brings an article into view (Ctrl+PgDown, Ctrl+PgUp).</source>
        <translation>Muestra un artículo (Ctrl+AvPág, Ctrl+RePág).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Whose work the articles show: a student, the answer key, the class.</source>
        <translation>De quién es el trabajo que muestran los artículos: de un estudiante, de la clave de respuestas o de la clase.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>One row a student: Up and Down choose whose work the articles show; Tab goes on to the score override and the feedback.</source>
        <translation>Una fila por estudiante: Arriba y Abajo eligen de quién es el trabajo que muestran los artículos; Tabulador pasa al ajuste de la puntuación y a los comentarios.</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Buscar un estudiante</translation>
    </message>
    <message>
        <source>Lists only the students whose name has these letters.</source>
        <translation>Lista solo los estudiantes cuyo nombre tiene estas letras.</translation>
    </message>
    <message>
        <source>Grade details</source>
        <translation>Detalle de la nota</translation>
    </message>
    <message>
        <source>How the chosen student&apos;s grade was reached, highlight by highlight.</source>
        <translation>Cómo se llegó a la nota del estudiante elegido, resaltado por resaltado.</translation>
    </message>
    <message>
        <source>Score override</source>
        <translation>Ajuste de la puntuación</translation>
    </message>
    <message>
        <source>A score out of 100 in place of the computed one; lowest: automatic.</source>
        <translation>Una puntuación sobre 100 en lugar de la calculada; el valor más bajo: automática.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Feedback to the chosen student, saved as you type; Tab leaves it.</source>
        <translation>Comentarios para el estudiante elegido; se guardan mientras escribes; Tabulador sale de ellos.</translation>
    </message>
    <message>
        <source>Comment on this highlight</source>
        <translation>Comentario sobre este resaltado</translation>
    </message>
    <message>
        <source>A comment on the highlight chosen in an article (Enter on a highlight, or a click).</source>
        <translation>Un comentario sobre el resaltado elegido en un artículo (Intro sobre un resaltado, o un clic).</translation>
    </message>
    <message>
        <source>Suggestions for the key</source>
        <translation>Sugerencias para la clave</translation>
    </message>
    <message>
        <source>What several students tagged that the key lacks, most students first.</source>
        <translation>Lo que etiquetaron varios estudiantes y falta en la clave, primero lo de más estudiantes.</translation>
    </message>
    <message>
        <source>Fewest students</source>
        <translation>Mínimo de estudiantes</translation>
    </message>
    <message>
        <source>Suggests what at least this many students tagged.</source>
        <translation>Sugiere lo que etiquetaron al menos estos estudiantes.</translation>
    </message>
    <message>
        <source>Your changes to the key</source>
        <translation>Tus cambios en la clave</translation>
    </message>
    <message>
        <source>The claims you accepted, dismissed or credited to one student.</source>
        <translation>Las afirmaciones que añadiste, descartaste o puntuaste a un solo estudiante.</translation>
    </message>
    <message>
        <source>Same claim elsewhere?</source>
        <translation>¿La misma afirmación en otro artículo?</translation>
    </message>
    <message>
        <source>Passages in the other articles that may report the claim you selected; Enter or a click links one to it (L).</source>
        <translation>Pasajes de los otros artículos que pueden recoger la afirmación que seleccionaste; Intro o un clic enlaza uno con ella (L).</translation>
    </message>
    <message>
        <source>Claims compared across outlets</source>
        <translation>Afirmaciones comparadas entre medios</translation>
    </message>
    <message>
        <source>One row a linked claim, one column an article; Enter on a cell shows its passage in the article.</source>
        <translation>Una fila por afirmación enlazada, una columna por artículo; Intro sobre una celda muestra su pasaje en el artículo.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>The linked claim to add the selection to, or a new claim.</source>
        <translation>La afirmación enlazada a la que añadir la selección, o una afirmación nueva.</translation>
    </message>
    <message>
        <source>Suggested passages in the other articles</source>
        <translation>Pasajes sugeridos en los otros artículos</translation>
    </message>
    <message>
        <source>Passages that may report the same claim: Space or Alt and the passage&apos;s number ticks one to link it too.</source>
        <translation>Pasajes que pueden recoger la misma afirmación: Espacio, o Alt y el número del pasaje, marca uno para enlazarlo también.</translation>
    </message>
    <message>
        <source>The key&apos;s linked claims</source>
        <translation>Las afirmaciones enlazadas de la clave</translation>
    </message>
    <message>
        <source>One row a claim the key links across outlets, with the students who linked it; choosing one shows it in its article.</source>
        <translation>Una fila por afirmación que la clave enlaza entre medios, con los estudiantes que la enlazaron; al elegir una se muestra en su artículo.</translation>
    </message>
    <message>
        <source>The class&apos;s linked claims</source>
        <translation>Las afirmaciones enlazadas de la clase</translation>
    </message>
    <message>
        <source>One row a claim a student linked, and which of the key&apos;s claims it earned.</source>
        <translation>Una fila por afirmación que enlazó un estudiante, y qué afirmación de la clave le valió.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>The toolbar&apos;s buttons that do not fit.</source>
        <translation>Los botones de la barra de herramientas que no caben.</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>The menus that do not fit.</source>
        <translation>Los menús que no caben.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Selects every row of the table.</source>
        <translation>Selecciona todas las filas de la tabla.</translation>
    </message>
    <message>
        <source>Arrow keys move the caret; Shift+arrows select whole words; a number key tags the selection; Enter on a highlight chooses it.</source>
        <translation>Las flechas mueven el cursor; Mayús+flechas seleccionan palabras enteras; una tecla de número etiqueta la selección; Intro sobre un resaltado lo elige.</translation>
    </message>
    <message>
        <source>The class table: scores, overrides, feedback.</source>
        <translation>La tabla de la clase: puntuaciones, ajustes, comentarios.</translation>
    </message>
    <message>
        <source>The class at a glance: scores, claims, agreement.</source>
        <translation>La clase de un vistazo: puntuaciones, afirmaciones, acuerdo.</translation>
    </message>
    <message>
        <source>Article: {outlet}</source>
        <translation>Artículo: {outlet}</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Agreement between students: needs two or more students</source>
        <translation>Acuerdo entre estudiantes: hacen falta dos o más estudiantes</translation>
    </message>
    <message>
        <source>Agreement between students:</source>
        <translation>Acuerdo entre estudiantes:</translation>
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
        <translation>el etiquetado como {label}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>la edición de la nota</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>el borrado de la anotación</translation>
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
    <name>App</name>
    <message>
        <source>Your saved work was updated for this version of Annotator; the file as it was is kept at {path}</source>
        <translation>Tu trabajo guardado se actualizó para esta versión de Annotator; el archivo tal como estaba se conserva en {path}</translation>
    </message>
    <message>
        <source>Annotator cannot start</source>
        <translation>Annotator no puede arrancar</translation>
    </message>
    <message>
        <source>Your saved work could not be opened.</source>
        <translation>No se pudo abrir tu trabajo guardado.</translation>
    </message>
    <message>
        <source>Welcome to Annotator</source>
        <translation>Te damos la bienvenida a Annotator</translation>
    </message>
    <message>
        <source>Your name (your teacher sees it with your work):</source>
        <translation>Tu nombre (tu docente lo ve con tu trabajo):</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>Aspe&amp;cto</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ve&amp;r</translation>
    </message>
</context>
<context>
    <name>ArticleDraftPage</name>
    <message>
        <source>pack</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>text capture</source>
        <translation>captura de texto</translation>
    </message>
    <message>
        <source>Markdown capture</source>
        <translation>captura en Markdown</translation>
    </message>
    <message>
        <source>text capture (marks unread)</source>
        <translation>captura de texto (marcas sin leer)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sobre la fuente</translation>
    </message>
    <message>
        <source>Shown to students, never opened</source>
        <translation>Se muestra a los estudiantes, nunca se abre</translation>
    </message>
    <message>
        <source>How the text was captured and what was cut (written for you if empty)</source>
        <translation>Cómo se capturó el texto y qué se recortó (se escribe por ti si lo dejas vacío)</translation>
    </message>
    <message>
        <source>Put the cursor between two words and press Split to cut page chrome off</source>
        <translation>Pon el cursor entre dos palabras y pulsa Dividir para recortar lo que no es del artículo</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Standfirst (summary)</source>
        <translation>Entradilla (resumen)</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Author&apos;s bio</source>
        <translation>Biografía del autor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Page chrome: leave this paragraph out (Delete)</source>
        <translation>No es del artículo: dejar fuera este párrafo (Suprimir)</translation>
    </message>
    <message>
        <source>Split at Cursor</source>
        <translation>Dividir en el cursor</translation>
    </message>
    <message>
        <source>Untick what is not the article (donation appeals, &apos;Read more&apos;, captions you do not want). The words stay the outlet&apos;s: nothing can be retyped.</source>
        <translation>Desmarca lo que no es el artículo (peticiones de donativos, «Leer más», pies de foto que no quieras). Las palabras siguen siendo las del medio: no se puede reescribir nada.</translation>
    </message>
    <message>
        <source>From {origin} ({method}): {words} words kept, {removed} paragraphs removed</source>
        <translation>De {origin} ({method}): {words} palabras conservadas, {removed} párrafos quitados</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the cursor between two words of the paragraph.</source>
        <translation>Pon el cursor entre dos palabras del párrafo.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>By {byline}</source>
        <translation>Por {byline}</translation>
    </message>
    <message>
        <source>Headline not in the captured page</source>
        <translation>El titular no está en la página capturada</translation>
    </message>
    <message numerus="yes">
        <source>{students} of %n student(s): {counts}</source>
        <translation>
            <numerusform>{students} de %n estudiante: {counts}</numerusform>
            <numerusform>{students} de %n estudiantes: {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>Link in the original article: {target}</source>
        <translation>Enlace en el artículo original: {target}</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>(not said)</source>
        <translation>(no se dice)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Whom the outlet credits for this: a source, another outlet, or “nobody”.</source>
        <translation>A quién atribuye esto el medio: a una fuente, a otro medio o a «nadie».</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Same claim as…</source>
        <translation>Misma afirmación que…</translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation>Afirmación nueva…</translation>
    </message>
    <message>
        <source>A short title: “ICE detention capacity”</source>
        <translation>Un título breve: «Capacidad de detención del ICE»</translation>
    </message>
    <message>
        <source>Suggested passages in the other articles</source>
        <translation>Pasajes sugeridos en los otros artículos</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Afirmación:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Credited &amp;to:</source>
        <translation>Atri&amp;buido a:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>En&amp;lazar</translation>
    </message>
    <message>
        <source>&amp;Suggestions: the same thing in the other articles?</source>
        <translation>&amp;Sugerencias: ¿lo mismo en los otros artículos?</translation>
    </message>
    <message>
        <source>Looking for the same claim in the others…</source>
        <translation>Buscando la misma afirmación en los demás…</translation>
    </message>
    <message>
        <source>Tick the ones that report the same thing (Space, or Alt+its number).</source>
        <translation>Marca los que cuentan lo mismo (Espacio, o Alt+su número).</translation>
    </message>
    <message>
        <source>No similar passage in the other articles.</source>
        <translation>No hay ningún pasaje parecido en los otros artículos.</translation>
    </message>
    <message>
        <source>Give the new claim a short title first</source>
        <translation>Primero ponle un título breve a la afirmación nueva</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Link…</source>
        <translation>Enlazar…</translation>
    </message>
    <message>
        <source>Same claim as… (L)</source>
        <translation>Misma afirmación que… (L)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Quitar enlace</translation>
    </message>
    <message>
        <source>Unlink from its claim (Shift+L)</source>
        <translation>Quitar de su afirmación (Mayús+L)</translation>
    </message>
    <message>
        <source>Credited &amp;to:</source>
        <translation>Atri&amp;buido a:</translation>
    </message>
    <message>
        <source>Claim: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Afirmación: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5e5c64&apos;&gt;In no claim: L links it.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5e5c64&apos;&gt;En ninguna afirmación: L la enlaza.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ClaimLinking</name>
    <message>
        <source>&amp;Link Same Claim…</source>
        <translation>&amp;Enlazar la misma afirmación…</translation>
    </message>
    <message>
        <source>Link the selection to the same claim in the other articles</source>
        <translation>Enlazar la selección con la misma afirmación en los otros artículos</translation>
    </message>
    <message>
        <source>&amp;Unlink from Claim</source>
        <translation>&amp;Quitar de la afirmación</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>A&amp;firmaciones</translation>
    </message>
    <message>
        <source>Select words in an article (or a row of your list), then press L.</source>
        <translation>Selecciona palabras en un artículo (o una fila de tu lista) y pulsa L.</translation>
    </message>
    <message>
        <source>Link to claim</source>
        <translation>Enlazar con una afirmación</translation>
    </message>
    <message>
        <source>Linked the passage as “{title}”</source>
        <translation>Se enlazó el pasaje como «{title}»</translation>
    </message>
    <message>
        <source>Linked {count} passages as “{title}”</source>
        <translation>Se enlazaron {count} pasajes como «{title}»</translation>
    </message>
    <message>
        <source>This passage is in no claim.</source>
        <translation>Este pasaje no está en ninguna afirmación.</translation>
    </message>
    <message>
        <source>Same claim as…</source>
        <translation>Misma afirmación que…</translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation>Afirmación nueva…</translation>
    </message>
</context>
<context>
    <name>ClaimOperations</name>
    <message>
        <source>Not saved: {error}</source>
        <translation>No se guardó: {error}</translation>
    </message>
    <message>
        <source>Link to claim “{title}”</source>
        <translation>el enlace con la afirmación «{title}»</translation>
    </message>
    <message>
        <source>Rename claim to “{title}”</source>
        <translation>el cambio de título a «{title}»</translation>
    </message>
    <message>
        <source>Unlink from claim</source>
        <translation>la retirada de la afirmación</translation>
    </message>
    <message>
        <source>Set attribution</source>
        <translation>el cambio de atribución</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>{count} of {total} outlets</source>
        <translation>{count} de {total} medios</translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation>las cifras no coinciden</translation>
    </message>
    <message>
        <source>hedged differently</source>
        <translation>matizada de otra manera</translation>
    </message>
    <message>
        <source>◆ unattributed</source>
        <translation>◆ sin atribuir</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no la recoge</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>credits: {sources}</source>
        <translation>atribuye a: {sources}</translation>
    </message>
    <message>
        <source>credits: (not said)</source>
        <translation>atribuye a: (no se dice)</translation>
    </message>
    <message>
        <source>{outlet} does not report this claim (as far as you linked it).</source>
        <translation>{outlet} no recoge esta afirmación (según lo que enlazaste).</translation>
    </message>
    <message>
        <source>Click to show it in the article.</source>
        <translation>Haz clic para verla en el artículo.</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Claims compared across outlets</source>
        <translation>Afirmaciones comparadas entre medios</translation>
    </message>
    <message>
        <source>No claims linked yet. Select words that report a claim and press L to link the same claim in the other articles.</source>
        <translation>Aún no hay afirmaciones enlazadas. Selecciona palabras que recojan una afirmación y pulsa L para enlazar la misma afirmación en los otros artículos.</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 afirmación</translation>
    </message>
    <message>
        <source>{count} claims</source>
        <translation>{count} afirmaciones</translation>
    </message>
    <message>
        <source>{claims} · figures disagree in {disagree} (⚠) · credited to nobody in {unattributed} (◆). Click a passage to see it in its article.</source>
        <translation>{claims} · cifras que no coinciden en {disagree} (⚠) · sin atribuir a nadie en {unattributed} (◆). Haz clic en un pasaje para verlo en su artículo.</translation>
    </message>
    <message>
        <source>Claims across outlets</source>
        <translation>Afirmaciones entre medios</translation>
    </message>
    <message>
        <source>&amp;Compare Claims</source>
        <translation>&amp;Comparar afirmaciones</translation>
    </message>
</context>
<context>
    <name>ClassActions</name>
    <message>
        <source>Ro&amp;ster…</source>
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
    <name>ClassClaimsPanel</name>
    <message>
        <source>Linked claims</source>
        <translation>Afirmaciones enlazadas</translation>
    </message>
    <message>
        <source>The key&apos;s linked claim</source>
        <translation>La afirmación enlazada de la clave</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>La enlazaron</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Their claim</source>
        <translation>Su afirmación</translation>
    </message>
    <message>
        <source>Earned the key&apos;s</source>
        <translation>Le valió la de la clave</translation>
    </message>
    <message>
        <source>The key&apos;s linked claims</source>
        <translation>Las afirmaciones enlazadas de la clave</translation>
    </message>
    <message>
        <source>The class&apos;s linked claims</source>
        <translation>Las afirmaciones enlazadas de la clase</translation>
    </message>
    <message>
        <source>{earned} of {students}</source>
        <translation>{earned} de {students}</translation>
    </message>
    <message>
        <source>({count} in one article only)</source>
        <translation>({count} solo en un artículo)</translation>
    </message>
    <message>
        <source>Figures differ: {figures}</source>
        <translation>Las cifras difieren: {figures}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The key links {claims} claims across outlets. A student earns one when a claim they linked holds highlights of it from two articles.</source>
        <translation>La clave enlaza {claims} afirmaciones entre medios. Un estudiante gana una cuando una afirmación que enlazó reúne resaltados suyos de dos artículos.</translation>
    </message>
    <message>
        <source>The key links no claims across outlets.</source>
        <translation>La clave no enlaza ninguna afirmación entre medios.</translation>
    </message>
    <message>
        <source>Claims the class linked: {claims}. Earning one of the key&apos;s: {earned}.</source>
        <translation>Afirmaciones que enlazó la clase: {claims}. Que valen una de la clave: {earned}.</translation>
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
    <name>CoreSentences</name>
    <message>
        <source>the {tag} claim “{text}”</source>
        <translation>la afirmación {tag} «{text}»</translation>
    </message>
    <message>
        <source>the claim “{text}”</source>
        <translation>la afirmación «{text}»</translation>
    </message>
    <message>
        <source>{value} point</source>
        <translation>{value} punto</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value} puntos</translation>
    </message>
    <message>
        <source>{credit} of {points}</source>
        <translation>{credit} de {points}</translation>
    </message>
    <message>
        <source>found {claim}</source>
        <translation>encontraste {claim}</translation>
    </message>
    <message>
        <source>found {claim}, but the key tags it {key_tag}</source>
        <translation>encontraste {claim}, pero la clave la etiqueta como {key_tag}</translation>
    </message>
    <message>
        <source>{tag} earns {share} of its points</source>
        <translation>{tag} recibe el {share} de sus puntos</translation>
    </message>
    <message>
        <source>the key accepts {tag} for it at {share} credit</source>
        <translation>la clave acepta {tag} para ella con el {share} de los puntos</translation>
    </message>
    <message>
        <source>it takes in {extra} more words of the sentence ({free} are free): {fraction} credit</source>
        <translation>abarca {extra} palabras más de la oración ({free} no restan puntos): {fraction} de los puntos</translation>
    </message>
    <message>
        <source>half</source>
        <translation>la mitad</translation>
    </message>
    <message>
        <source>a third of the</source>
        <translation>un tercio</translation>
    </message>
    <message>
        <source>a quarter of the</source>
        <translation>un cuarto</translation>
    </message>
    <message>
        <source>{said}; {more}</source>
        <translation>{said}; {more}</translation>
    </message>
    <message>
        <source>{said}: {earned}</source>
        <translation>{said}: {earned}</translation>
    </message>
    <message>
        <source>found {claim}, but the key tags it {key_tag} and gives no credit for another tag</source>
        <translation>encontraste {claim}, pero la clave la etiqueta como {key_tag} y no da puntos por otra etiqueta</translation>
    </message>
    <message>
        <source>found {claim}, but another of your highlights earned it (“{quote}”); a claim counts once</source>
        <translation>encontraste {claim}, pero ya la ganó otro de tus resaltados («{quote}»); cada afirmación cuenta una sola vez</translation>
    </message>
    <message>
        <source>found {claim}, but another claim was credited instead</source>
        <translation>encontraste {claim}, pero los puntos fueron para otra afirmación</translation>
    </message>
    <message>
        <source>covers {claim}, but runs on past its sentence: a highlight that reaches into other sentences earns no claim</source>
        <translation>abarca {claim}, pero sigue más allá de su oración: un resaltado que entra en otras oraciones no gana ninguna afirmación</translation>
    </message>
    <message>
        <source>in the sentence of {claim}, but not on its words</source>
        <translation>en la oración de {claim}, pero no sobre sus palabras</translation>
    </message>
    <message>
        <source>near {claim}: covers {share} of its key words{which}; two thirds are needed</source>
        <translation>cerca de {claim}: abarca el {share} de sus palabras clave{which}; hacen falta dos tercios</translation>
    </message>
    <message>
        <source>nothing in the key here</source>
        <translation>aquí no hay nada de la clave</translation>
    </message>
    <message>
        <source>not found in this version of the article: not graded</source>
        <translation>no está en esta versión del artículo: sin calificar</translation>
    </message>
    <message>
        <source>credited by the teacher: {points}</source>
        <translation>puntos dados por el docente: {points}</translation>
    </message>
    <message>
        <source>credited by the teacher, “{note}”: {points}</source>
        <translation>puntos dados por el docente, «{note}»: {points}</translation>
    </message>
    <message>
        <source>shares quoted words: “{words}”</source>
        <translation>comparte palabras citadas: «{words}»</translation>
    </message>
    <message>
        <source>shares the figure “{figure}”</source>
        <translation>comparte la cifra «{figure}»</translation>
    </message>
    <message>
        <source>gives another figure for the same thing: “{figure}”</source>
        <translation>da otra cifra para lo mismo: «{figure}»</translation>
    </message>
    <message>
        <source>close wording: {words}</source>
        <translation>redacción parecida: {words}</translation>
    </message>
    <message>
        <source>{said} and {more}</source>
        <translation>{said} y {more}</translation>
    </message>
    <message>
        <source>{said} but {more}</source>
        <translation>{said}, pero {more}</translation>
    </message>
    <message>
        <source>{figures}: the same number, hedged differently</source>
        <translation>{figures}: el mismo número, matizado de otra manera</translation>
    </message>
    <message>
        <source>{figures}: the figures disagree</source>
        <translation>{figures}: las cifras no coinciden</translation>
    </message>
    <message>
        <source>{outlet} credits no one</source>
        <translation>{outlet} no lo atribuye a nadie</translation>
    </message>
    <message>
        <source>{outlet} credits {source}</source>
        <translation>{outlet} lo atribuye a {source}</translation>
    </message>
    <message>
        <source>{count} student</source>
        <translation>{count} estudiante</translation>
    </message>
    <message>
        <source>{count} students</source>
        <translation>{count} estudiantes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{said}.</source>
        <translation>{said}.</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Aún no hay puntuaciones.</translation>
    </message>
    <message>
        <source>Median {median}; the scores: {listed}.</source>
        <translation>Mediana {median}; las puntuaciones: {listed}.</translation>
    </message>
    <message>
        <source>Median {median}: half the class scored more. The middle half scored {low} to {high}; lowest {lowest}, highest {highest}.</source>
        <translation>Mediana {median}: la mitad de la clase sacó más. La mitad central sacó de {low} a {high}; la más baja {lowest}, la más alta {highest}.</translation>
    </message>
    <message>
        <source>Scores of {students}, in bands of ten points. {headline} Students per band: {bands}.</source>
        <translation>Puntuaciones de {students}, en franjas de diez puntos. {headline} Estudiantes por franja: {bands}.</translation>
    </message>
    <message>
        <source>{tag} “{words}” ({outlet}): {found} found, {wrong} wrong tag, {missed} missed</source>
        <translation>{tag} «{words}» ({outlet}): {found} la encontraron, {wrong} con otra etiqueta, {missed} la pasaron por alto</translation>
    </message>
    <message>
        <source>The lesson has no answer key.</source>
        <translation>La lección no tiene clave de respuestas.</translation>
    </message>
    <message>
        <source>No students yet.</source>
        <translation>Aún no hay estudiantes.</translation>
    </message>
    <message>
        <source>Every claim was found by every student.</source>
        <translation>Cada estudiante encontró todas las afirmaciones.</translation>
    </message>
    <message>
        <source>“{words}” ({outlet}), missed by {missed} of {students}</source>
        <translation>«{words}» ({outlet}), la pasaron por alto {missed} de {students}</translation>
    </message>
    <message>
        <source>“{words}” ({outlet}), {missed}</source>
        <translation>«{words}» ({outlet}), {missed}</translation>
    </message>
    <message>
        <source>Most missed: {claims}.</source>
        <translation>Las que más se pasaron por alto: {claims}.</translation>
    </message>
    <message>
        <source>Every claim of the key, most missed first, out of {students}: {claims}.</source>
        <translation>Cada afirmación de la clave, primero las que más se pasaron por alto, sobre {students}: {claims}.</translation>
    </message>
    <message>
        <source>{tag} “{words}” ({outlet}).</source>
        <translation>{tag} «{words}» ({outlet}).</translation>
    </message>
    <message>
        <source>Missed by {count}: {names}.</source>
        <translation>La pasaron por alto {count}: {names}.</translation>
    </message>
    <message>
        <source>Nobody missed it.</source>
        <translation>Nadie la pasó por alto.</translation>
    </message>
    <message>
        <source>Another tag from {count}: {names}.</source>
        <translation>Otra etiqueta de {count}: {names}.</translation>
    </message>
    <message>
        <source>Every claim found was given the key&apos;s tag.</source>
        <translation>Cada afirmación encontrada recibió la etiqueta de la clave.</translation>
    </message>
    <message>
        <source>Most common mix-up: {key_tag} claims tagged {tag}, {count} time ({share} of the {key_tag} claims found).</source>
        <translation>Confusión más común: afirmaciones {key_tag} etiquetadas como {tag}, {count} vez ({share} de las afirmaciones {key_tag} encontradas).</translation>
    </message>
    <message>
        <source>Most common mix-up: {key_tag} claims tagged {tag}, {count} times ({share} of the {key_tag} claims found).</source>
        <translation>Confusión más común: afirmaciones {key_tag} etiquetadas como {tag}, {count} veces ({share} de las afirmaciones {key_tag} encontradas).</translation>
    </message>
    <message>
        <source>{key_tag} claims found {count} times, tagged {given}</source>
        <translation>{key_tag}: encontradas {count} veces, etiquetadas {given}</translation>
    </message>
    <message>
        <source>Which tag students gave the claims they found, by the key&apos;s tag. {headline}</source>
        <translation>Qué etiqueta dieron los estudiantes a las afirmaciones que encontraron, según la etiqueta de la clave. {headline}</translation>
    </message>
    <message>
        <source>Which tag students gave the claims they found, by the key&apos;s tag. {headline} {rows}.</source>
        <translation>Qué etiqueta dieron los estudiantes a las afirmaciones que encontraron, según la etiqueta de la clave. {headline} {rows}.</translation>
    </message>
    <message>
        <source>{outlet}: {students} of {size} tagged something, {highlights} highlights</source>
        <translation>{outlet}: {students} de {size} etiquetaron algo, {highlights} resaltados</translation>
    </message>
    <message>
        <source>{outlet}: {students} of {size} tagged something, {highlights} highlights; {share} of its claims found</source>
        <translation>{outlet}: {students} de {size} etiquetaron algo, {highlights} resaltados; {share} de sus afirmaciones encontradas</translation>
    </message>
    <message>
        <source>Every student tagged something in every article.</source>
        <translation>Cada estudiante etiquetó algo en cada artículo.</translation>
    </message>
    <message>
        <source>{outlet} was skipped by {count} of {size}</source>
        <translation>{count} de {size} no etiquetaron nada en {outlet}</translation>
    </message>
    <message>
        <source>{outlet} by {count}</source>
        <translation>{count} en {outlet}</translation>
    </message>
    <message>
        <source>How many students tagged anything in each article. {headline} {lines}.</source>
        <translation>Cuántos estudiantes etiquetaron algo en cada artículo. {headline} {lines}.</translation>
    </message>
    <message>
        <source>{kappa} of 1</source>
        <translation>{kappa} de 1</translation>
    </message>
    <message>
        <source>Agreement needs two or more students.</source>
        <translation>El acuerdo necesita dos o más estudiantes.</translation>
    </message>
    <message>
        <source>Too few words were tagged to measure agreement.</source>
        <translation>Se etiquetaron muy pocas palabras para medir el acuerdo.</translation>
    </message>
    <message>
        <source>({adverb}: {figure})</source>
        <translation>({adverb}: {figure})</translation>
    </message>
    <message>
        <source>Students agreed on {tag} words {said}.</source>
        <translation>Los estudiantes coincidieron en las palabras {tag} {said}.</translation>
    </message>
    <message>
        <source>Students agreed most on {tag} words {said}</source>
        <translation>Los estudiantes coincidieron más en las palabras {tag} {said}</translation>
    </message>
    <message>
        <source>less on {tag} {said}</source>
        <translation>menos en {tag} {said}</translation>
    </message>
    <message>
        <source>least on {tag} {said}</source>
        <translation>y menos aún en {tag} {said}</translation>
    </message>
    <message>
        <source>By article, most on {most} ({most_kappa}), least on {least} ({least_kappa}).</source>
        <translation>Por artículo, más en {most} ({most_kappa}), menos en {least} ({least_kappa}).</translation>
    </message>
    <message>
        <source>unmeasurably</source>
        <translation>de forma no medible</translation>
    </message>
    <message>
        <source>no more than chance</source>
        <translation>no más que el azar</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>levemente</translation>
    </message>
    <message>
        <source>fairly</source>
        <translation>aceptablemente</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>moderadamente</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>almost fully</source>
        <translation>casi por completo</translation>
    </message>
    <message>
        <source>Agreement between students: how far they tagged the same words with the same tags, from 0 (what chance alone would give) to 1 (all alike); a low figure marks a contested article or tag. (The measure is Fleiss&apos; kappa on words.)</source>
        <translation>Acuerdo entre estudiantes: hasta qué punto etiquetaron las mismas palabras con las mismas etiquetas, de 0 (lo que daría el azar) a 1 (todos igual); una cifra baja señala un artículo o una etiqueta en disputa. (La medida es la kappa de Fleiss por palabras.)</translation>
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
        <source>Partial credit</source>
        <translation>Puntos parciales</translation>
    </message>
    <message>
        <source>Right span, wrong tag</source>
        <translation>Fragmento correcto, etiqueta equivocada</translation>
    </message>
    <message>
        <source>Near a claim, not credited</source>
        <translation>Cerca de una afirmación, sin puntos</translation>
    </message>
    <message>
        <source>Not in the key</source>
        <translation>No está en la clave</translation>
    </message>
    <message>
        <source>Not found in this version</source>
        <translation>No encontrada en esta versión</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>no more than chance</source>
        <translation>no mayor que el azar</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>almost full</source>
        <translation>casi total</translation>
    </message>
    <message>
        <source>Agreement between students: how far they tagged the same words with the same tags, from 0 (what chance alone would give) to 1 (all alike); a low figure marks a contested article or tag. (The measure is Fleiss&apos; kappa on words.)</source>
        <translation>Acuerdo entre estudiantes: hasta qué punto etiquetaron las mismas palabras con las mismas etiquetas, de 0 (lo que daría el azar) a 1 (todos igual); una cifra baja señala un artículo o una etiqueta en disputa. (La medida es la kappa de Fleiss por palabras.)</translation>
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
    <name>Help</name>
    <message>
        <source>Qt 6 and its Python bindings (Qt for Python)</source>
        <translation>Qt 6 y su enlace con Python (Qt for Python)</translation>
    </message>
    <message>
        <source>storage on SQLite</source>
        <translation>almacenamiento en SQLite</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>la línea de órdenes</translation>
    </message>
    <message>
        <source>where files live on each system</source>
        <translation>dónde van los archivos en cada sistema</translation>
    </message>
    <message>
        <source>lesson instructions</source>
        <translation>instrucciones de las lecciones</translation>
    </message>
    <message>
        <source>cleaning HTML from lesson packs (ammonia)</source>
        <translation>limpieza del HTML de los paquetes de lección (ammonia)</translation>
    </message>
    <message>
        <source>checking packs and files</source>
        <translation>comprobación de paquetes y archivos</translation>
    </message>
    <message>
        <source>one app per database file</source>
        <translation>una sola aplicación por archivo de base de datos</translation>
    </message>
    <message>
        <source>finding moved text</source>
        <translation>búsqueda de texto que cambió de sitio</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Close reading of the news for media-literacy classes.</source>
        <translation>Lectura atenta de las noticias para clases de alfabetización mediática.</translation>
    </message>
    <message>
        <source>Annotator is free software under the MIT licence. It uses:</source>
        <translation>Annotator es software libre con licencia MIT. Usa:</translation>
    </message>
    <message>
        <source>Qt is used under the GNU Lesser General Public License v3: you may replace the Qt libraries of this app with your own build of them.</source>
        <translation>Qt se usa con la Licencia Pública General Reducida de GNU v3 (LGPLv3): puedes sustituir las bibliotecas de Qt de esta aplicación por tu propia compilación de ellas.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <source>The first-start welcome: the tags, the keys, handing in</source>
        <translation>La bienvenida del primer inicio: las etiquetas, las teclas, la entrega</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>A&amp;cerca de Annotator</translation>
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
    <name>Instructions</name>
    <message>
        <source>Instructions in a &amp;Window</source>
        <translation>Instrucciones en una &amp;ventana</translation>
    </message>
    <message>
        <source>Read the whole instructions without scrolling</source>
        <translation>Leer las instrucciones completas sin desplazarte</translation>
    </message>
    <message>
        <source>Open in a Window</source>
        <translation>Abrir en una ventana</translation>
    </message>
</context>
<context>
    <name>InstructionsWindow</name>
    <message>
        <source>Instructions: {title}</source>
        <translation>Instrucciones: {title}</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>The whole of the lesson&apos;s instructions.</source>
        <translation>Las instrucciones completas de la lección.</translation>
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
    <name>KeyMode</name>
    <message>
        <source>Answer key — {title}</source>
        <translation>Clave de respuestas — {title}</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Clave de respuestas</translation>
    </message>
    <message>
        <source>Use These Tags as the Key</source>
        <translation>Usar estas etiquetas como clave</translation>
    </message>
    <message>
        <source>Rationale: why this is in the key (students read it with their results)</source>
        <translation>Justificación: por qué está en la clave (el alumnado la lee con sus resultados)</translation>
    </message>
    <message>
        <source>Key mode: tag each claim students should find (1, 2, 3); the note is its rationale. Set points and accepted tags on the right.</source>
        <translation>Modo clave: etiqueta cada afirmación que deben encontrar los estudiantes (1, 2, 3); la nota es su justificación. Fija los puntos y las etiquetas aceptadas a la derecha.</translation>
    </message>
    <message>
        <source>Select a highlight</source>
        <translation>Selecciona un resaltado</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Also accept</source>
        <translation>Aceptar también</translation>
    </message>
    <message>
        <source>Their credit</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Key words</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Selected Words Carry the Claim</source>
        <translation>Las palabras seleccionadas contienen la afirmación</translation>
    </message>
    <message>
        <source>Select words inside the highlight first: a student who covers two thirds of its key words finds the claim</source>
        <translation>Selecciona primero palabras dentro del resaltado: un estudiante que cubra dos tercios de sus palabras clave encuentra la afirmación</translation>
    </message>
    <message>
        <source>All Its Words</source>
        <translation>Todas sus palabras</translation>
    </message>
    <message>
        <source>Key span</source>
        <translation>Fragmento de la clave</translation>
    </message>
    <message>
        <source>Select a highlight to set its points</source>
        <translation>Selecciona un resaltado para fijar sus puntos</translation>
    </message>
    <message>
        <source>all the words of the span</source>
        <translation>todas las palabras del fragmento</translation>
    </message>
    <message>
        <source>Select words inside the highlight, then press the button again.</source>
        <translation>Selecciona palabras dentro del resaltado y vuelve a pulsar el botón.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Arrow keys, Home, End, PgUp, PgDown</source>
        <translation>Flechas, Inicio, Fin, Re Pág, Av Pág</translation>
    </message>
    <message>
        <source>Move the caret in an article (Ctrl+Home: to its start)</source>
        <translation>Mover el cursor en un artículo (Control+Inicio: al principio)</translation>
    </message>
    <message>
        <source>Shift+Left, Shift+Right</source>
        <translation>Mayúsculas+Izquierda, Mayúsculas+Derecha</translation>
    </message>
    <message>
        <source>Select a word more, or a word less</source>
        <translation>Seleccionar una palabra más, o una menos</translation>
    </message>
    <message>
        <source>Shift+Up, Shift+Down</source>
        <translation>Mayúsculas+Arriba, Mayúsculas+Abajo</translation>
    </message>
    <message>
        <source>Select a line more, or a line less (whole words)</source>
        <translation>Seleccionar una línea más, o una menos (palabras enteras)</translation>
    </message>
    <message>
        <source>Alt+Shift+arrows</source>
        <translation>Alt+Mayúsculas+flechas</translation>
    </message>
    <message>
        <source>Select exact characters, one at a time</source>
        <translation>Seleccionar caracteres exactos, de uno en uno</translation>
    </message>
    <message>
        <source>Enter or Space on a highlight</source>
        <translation>Intro o Espacio sobre un resaltado</translation>
    </message>
    <message>
        <source>Select that annotation (its note; the teacher&apos;s comment)</source>
        <translation>Elegir esa anotación (su nota; el comentario del docente)</translation>
    </message>
    <message>
        <source>Up, Down in a list</source>
        <translation>Arriba, Abajo en una lista</translation>
    </message>
    <message>
        <source>The previous or next annotation, or student</source>
        <translation>La anotación, o el estudiante, anterior o siguiente</translation>
    </message>
    <message>
        <source>Enter in the annotation list</source>
        <translation>Intro en la lista de anotaciones</translation>
    </message>
    <message>
        <source>Show the annotation in its article</source>
        <translation>Mostrar la anotación en su artículo</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabulador, Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <source>The next or previous control (also out of a note)</source>
        <translation>El control siguiente o anterior (también para salir de una nota)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <source>Open a menu; Escape closes it, or a dialog</source>
        <translation>Abrir un menú; Escape lo cierra, o cierra un cuadro de diálogo</translation>
    </message>
    <message>
        <source>{tag} highlight “{quote}”</source>
        <translation>resaltado {tag} «{quote}»</translation>
    </message>
    <message>
        <source>At the caret: {what}.</source>
        <translation>En el cursor: {what}.</translation>
    </message>
    <message>
        <source>No highlight at the caret.</source>
        <translation>No hay ningún resaltado en el cursor.</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Go to Article {n}</source>
        <translation>Ir al artículo {n}</translation>
    </message>
    <message>
        <source>Tag the selection as {tag}</source>
        <translation>Etiquetar la selección como {tag}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
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
    <name>LessonEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Lesson id</source>
        <translation>Identificador de la lección</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Add Article…</source>
        <translation>Añadir artículo…</translation>
    </message>
    <message>
        <source>Paste Article…</source>
        <translation>Pegar artículo…</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Quitar artículo</translation>
    </message>
    <message>
        <source>Tag the Key…</source>
        <translation>Etiquetar la clave…</translation>
    </message>
    <message>
        <source>Save Lesson…</source>
        <translation>Guardar la lección…</translation>
    </message>
    <message>
        <source>Build Zips…</source>
        <translation>Crear los zip…</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Lección nueva</translation>
    </message>
    <message>
        <source>{title} — Lesson Editor</source>
        <translation>{title} — Editor de lecciones</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>No problems: the lesson can be saved.</source>
        <translation>Ningún problema: la lección se puede guardar.</translation>
    </message>
    <message>
        <source>{name}: a lesson has at most {n} articles</source>
        <translation>{name}: una lección tiene como máximo {n} artículos</translation>
    </message>
    <message>
        <source>Not added: {files}</source>
        <translation>No se añadió: {files}</translation>
    </message>
    <message>
        <source>Add Articles</source>
        <translation>Añadir artículos</translation>
    </message>
    <message>
        <source>Saved pages and texts (*.html *.htm *.xhtml *.txt *.md)</source>
        <translation>Páginas y textos guardados (*.html *.htm *.xhtml *.txt *.md)</translation>
    </message>
    <message>
        <source>Paste Article</source>
        <translation>Pegar artículo</translation>
    </message>
    <message>
        <source>The article&apos;s text, as copied from the page:</source>
        <translation>El texto del artículo, tal como se copió de la página:</translation>
    </message>
    <message>
        <source>Answer key: {n} spans</source>
        <translation>Clave de respuestas: {n} fragmentos</translation>
    </message>
    <message>
        <source>Saved {folder}: version {version}</source>
        <translation>Se guardó {folder}: versión {version}</translation>
    </message>
    <message>
        <source>Save the lesson first: the zips are built from it.</source>
        <translation>Guarda primero la lección: los zip se crean a partir de ella.</translation>
    </message>
    <message>
        <source>Built {teacher} (with the key) and {student} (for students)</source>
        <translation>Se crearon {teacher} (con la clave) y {student} (para los estudiantes)</translation>
    </message>
    <message>
        <source>Save the Lesson in</source>
        <translation>Guardar la lección en</translation>
    </message>
    <message>
        <source>Build the Zips in</source>
        <translation>Crear los zip en</translation>
    </message>
    <message>
        <source>Cannot edit this lesson</source>
        <translation>No se puede editar esta lección</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Opening your saved work…</source>
        <translation>Abriendo tu trabajo guardado…</translation>
    </message>
    <message>
        <source>The annotations could not be placed in this version: {error}</source>
        <translation>No se pudieron colocar las anotaciones en esta versión: {error}</translation>
    </message>
    <message>
        <source>Select some words first: the selection is empty.</source>
        <translation>Selecciona primero algunas palabras: la selección está vacía.</translation>
    </message>
    <message>
        <source>This annotation&apos;s text is not in the current version of the article.</source>
        <translation>El texto de esta anotación no está en la versión actual del artículo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Todos los cambios guardados · {time}</translation>
    </message>
    <message>
        <source>No answer key</source>
        <translation>No hay clave de respuestas</translation>
    </message>
    <message>
        <source>This lesson has no answer key. Open the teacher&apos;s copy of the pack to review and grade a class.</source>
        <translation>Esta lección no tiene clave de respuestas. Abre la copia del paquete para docentes para revisar y calificar una clase.</translation>
    </message>
    <message>
        <source>{lesson} — {student} — Annotator</source>
        <translation>{lesson} — {student} — Annotator</translation>
    </message>
    <message>
        <source>no name yet</source>
        <translation>aún sin nombre</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>Which lesson pack are these submissions for? (lesson &apos;{id}&apos;)</source>
        <translation>¿De qué paquete de lección son estas entregas? (lección «{id}»)</translation>
    </message>
    <message>
        <source>Which lesson pack are these submissions for?</source>
        <translation>¿De qué paquete de lección son estas entregas?</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip);;All files (*)</source>
        <translation>Paquetes de lección (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Annotator cannot open the lesson</source>
        <translation>Annotator no puede abrir la lección</translation>
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
    <name>ReviewWindow</name>
    <message>
        <source>Review: {lesson} — Annotator</source>
        <translation>Revisión: {lesson} — Annotator</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Import Submissions…</source>
        <translation>Importar entregas…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Import every {files} file in a folder, subfolders too</source>
        <translation>Importar todos los archivos {files} de una carpeta, también de sus subcarpetas</translation>
    </message>
    <message>
        <source>Find a student…</source>
        <translation>Buscar un estudiante…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>Feedback to the student</source>
        <translation>Comentarios para el estudiante</translation>
    </message>
    <message>
        <source>Click a highlight to comment on it</source>
        <translation>Haz clic en un resaltado para comentarlo</translation>
    </message>
    <message>
        <source>Score override:</source>
        <translation>Ajuste de la puntuación:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>On this highlight:</source>
        <translation>Sobre este resaltado:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Resumen de la clase</translation>
    </message>
    <message>
        <source>Linked claims</source>
        <translation>Afirmaciones enlazadas</translation>
    </message>
    <message numerus="yes">
        <source>Whole class (%n student(s)): heat map</source>
        <translation>
            <numerusform>Toda la clase (%n estudiante): mapa de calor</numerusform>
            <numerusform>Toda la clase (%n estudiantes): mapa de calor</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Clave de respuestas</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Importar entregas</translation>
    </message>
    <message>
        <source>Submissions (*.submission.json);;All files (*)</source>
        <translation>Entregas (*.submission.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder of submissions</source>
        <translation>Importar una carpeta de entregas</translation>
    </message>
    <message>
        <source>Importing submissions…</source>
        <translation>Importando entregas…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Imported {done} of {total}: {name}</source>
        <translation>Importadas {done} de {total}: {name}</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>One row a key: the keys, then what they do.</source>
        <translation>Una fila por atajo: las teclas y luego lo que hacen.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Note (optional): why did you tag this?</source>
        <translation>Nota (opcional): ¿por qué lo etiquetaste así?</translation>
    </message>
    <message>
        <source>Your annotations</source>
        <translation>Tus anotaciones</translation>
    </message>
    <message>
        <source>Select text in an article and press a number key.</source>
        <translation>Selecciona texto en un artículo y pulsa una tecla de número.</translation>
    </message>
    <message numerus="yes">
        <source>%n tagged</source>
        <translation>
            <numerusform>%n etiquetada</numerusform>
            <numerusform>%n etiquetadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in this version</source>
        <translation>
            <numerusform>%n no encontrada en esta versión</numerusform>
            <numerusform>%n no encontradas en esta versión</numerusform>
        </translation>
    </message>
    <message>
        <source>{tagged}, {lost}</source>
        <translation>{tagged}, {lost}</translation>
    </message>
</context>
<context>
    <name>StudentDetail</name>
    <message>
        <source>No submissions yet. Use &lt;b&gt;{import_action}&lt;/b&gt; or drop students&apos; {files} files on this window.</source>
        <translation>Aún no hay entregas. Usa &lt;b&gt;{import_action}&lt;/b&gt; o arrastra a esta ventana los archivos {files} de los estudiantes.</translation>
    </message>
    <message>
        <source>Import Submissions…</source>
        <translation>Importar entregas…</translation>
    </message>
    <message>
        <source>Darker shading: more students tagged that stretch; the colour is the tag most of them chose. Hover a highlight for the counts. Choose a student to grade.</source>
        <translation>Cuanto más oscuro, más estudiantes etiquetaron ese fragmento; el color es la etiqueta que eligió la mayoría. Pasa el ratón por un resaltado para ver los números. Elige un estudiante para calificar.</translation>
    </message>
    <message>
        <source>Score {score}: {earned} points credited of the target {target} (the key&apos;s claims hold {possible}). Found {found} of {claims} claims with a tag the key accepts, {wrong} with another tag; precision {precision}, recall {recall}, F1 {f1}.</source>
        <translation>Puntuación {score}: {earned} puntos concedidos de un objetivo de {target} (las afirmaciones de la clave suman {possible}). Encontró {found} de {claims} afirmaciones con una etiqueta que la clave acepta, {wrong} con otra etiqueta; precisión {precision}, exhaustividad {recall}, F1 {f1}.</translation>
    </message>
    <message>
        <source>Missed claims</source>
        <translation>Afirmaciones no encontradas</translation>
    </message>
    <message>
        <source>{heading} ({count})</source>
        <translation>{heading} ({count})</translation>
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
    <name>SuggestionBox</name>
    <message>
        <source>&lt;b&gt;Same claim elsewhere?&lt;/b&gt; Click one to link it (L).</source>
        <translation>&lt;b&gt;¿La misma afirmación en otro artículo?&lt;/b&gt; Haz clic en una para enlazarla (L).</translation>
    </message>
    <message>
        <source>Passages in the other articles like the selection</source>
        <translation>Pasajes de los otros artículos parecidos a la selección</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Annotator</source>
        <translation>Te damos la bienvenida a Annotator</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Annotator&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a Annotator&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read the three reports of one story side by side, and tag what each one is made of.</source>
        <translation>Lee lado a lado tres noticias sobre un mismo hecho y etiqueta de qué está hecha cada una.</translation>
    </message>
    <message>
        <source>Your &amp;name (your teacher sees it with your work):</source>
        <translation>Tu &amp;nombre (tu docente lo ve con tu trabajo):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your teacher sees it with your work.</source>
        <translation>Tu docente lo ve con tu trabajo.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Select words, then press a number key:</source>
        <translation>Selecciona palabras y pulsa una tecla de número:</translation>
    </message>
    <message>
        <source>For example: “{words}”</source>
        <translation>Por ejemplo: «{words}»</translation>
    </message>
    <message>
        <source>Select with the mouse, or from the keyboard: &lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+{n}&lt;/b&gt; go to an article, &lt;b&gt;Shift+arrows&lt;/b&gt; select a word at a time.</source>
        <translation>Selecciona con el ratón o con el teclado: de &lt;b&gt;Ctrl+1&lt;/b&gt; a &lt;b&gt;Ctrl+{n}&lt;/b&gt; vas a un artículo, y &lt;b&gt;Mayús+flechas&lt;/b&gt; selecciona palabra a palabra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ctrl+Z&lt;/b&gt; undoes anything. &lt;b&gt;F6&lt;/b&gt; moves between the articles and your list of annotations, where you can write a note.</source>
        <translation>&lt;b&gt;Ctrl+Z&lt;/b&gt; deshace cualquier cosa. &lt;b&gt;F6&lt;/b&gt; te lleva de los artículos a tu lista de anotaciones, donde puedes escribir una nota, y de vuelta.</translation>
    </message>
    <message>
        <source>Your work is saved as you go. To hand it in, choose &lt;b&gt;File &amp;gt; Submit Work…&lt;/b&gt; and give the file it saves to your teacher.</source>
        <translation>Tu trabajo se guarda sobre la marcha. Para entregarlo, elige &lt;b&gt;Archivo &amp;gt; Entregar el trabajo…&lt;/b&gt; y dale a tu docente el archivo que se guarda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Help&lt;/b&gt; lists every key, and shows this welcome again.</source>
        <translation>&lt;b&gt;Ayuda&lt;/b&gt; lista todas las teclas y vuelve a mostrar esta bienvenida.</translation>
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
<context>
    <name>WindowMenus</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Lesson…</source>
        <translation>&amp;Nueva lección…</translation>
    </message>
    <message>
        <source>&amp;Edit Lesson…</source>
        <translation>&amp;Editar la lección…</translation>
    </message>
    <message>
        <source>&amp;Submit Work…</source>
        <translation>En&amp;tregar el trabajo…</translation>
    </message>
    <message>
        <source>Save your work for this lesson as a file to hand in</source>
        <translation>Guardar tu trabajo de esta lección como un archivo para entregarlo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Te&amp;acher</source>
        <translation>&amp;Docente</translation>
    </message>
    <message>
        <source>&amp;Review Class…</source>
        <translation>&amp;Revisar la clase…</translation>
    </message>
    <message>
        <source>Import students&apos; submissions, grade them against the answer key, export grades</source>
        <translation>Importar las entregas de los estudiantes, calificarlas con la clave de respuestas, exportar las notas</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instrucciones</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Borrar la anotación</translation>
    </message>
    <message>
        <source>Tag the selection as {label} ({number}): {description}</source>
        <translation>Etiquetar la selección como {label} ({number}): {description}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Articles at {percent}%</source>
        <translation>Artículos al {percent} %</translation>
    </message>
</context>
</TS>
