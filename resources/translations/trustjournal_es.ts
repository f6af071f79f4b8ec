<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddEntriesDialog</name>
    <message>
        <source>Add entries to the summary</source>
        <translation>Añadir entradas al resumen</translation>
    </message>
    <message>
        <source>Tick what you would like to bring as well. Only what you tick is added; nothing else goes into the summary.</source>
        <translation>Marca lo que también quieras llevar. Solo se añade lo que marques; nada más entra en el resumen.</translation>
    </message>
    <message>
        <source>Where the entries are</source>
        <translation>Dónde están las entradas</translation>
    </message>
    <message>
        <source>My other entries of this period</source>
        <translation>Mis otras entradas de este periodo</translation>
    </message>
    <message>
        <source>Entries shared with me</source>
        <translation>Entradas compartidas conmigo</translation>
    </message>
    <message>
        <source>My other entries</source>
        <translation>Mis otras entradas</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Compartido conmigo</translation>
    </message>
    <message>
        <source>Add ticked entries</source>
        <translation>Añadir las entradas marcadas</translation>
    </message>
    <message>
        <source>Every entry of this period is already in the summary&apos;s list.</source>
        <translation>Todas las entradas de este periodo ya están en la lista del resumen.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet.</source>
        <translation>Todavía no se ha compartido nada contigo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Your saved entries are safe.</source>
        <translation>Ocurrió algo inesperado. Tus entradas guardadas están a salvo.</translation>
    </message>
    <message>
        <source>This is a demo couple; nothing here is real.</source>
        <translation>Esta es una pareja de demostración; nada de esto es real.</translation>
    </message>
    <message>
        <source>{0}: passphrase “{1}”</source>
        <translation>{0}: frase de contraseña “{1}”</translation>
    </message>
</context>
<context>
    <name>BundleOpener</name>
    <message>
        <source>This file was not opened</source>
        <translation>Este archivo no se abrió</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Compartido conmigo</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>Abrir un archivo compartido</translation>
    </message>
    <message>
        <source>This file could not be opened. Nothing was changed.</source>
        <translation>No se pudo abrir este archivo. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Try: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <source>Show in text</source>
        <translation>Ver en el texto</translation>
    </message>
    <message>
        <source>Show these words in the text</source>
        <translation>Mostrar estas palabras en el texto</translation>
    </message>
    <message>
        <source>A thought on wording</source>
        <translation>Una idea sobre cómo decirlo</translation>
    </message>
    <message>
        <source>Wording to look at again</source>
        <translation>Palabras que quizá quieras revisar</translation>
    </message>
    <message>
        <source>Suggestions only. You can save whenever you like.</source>
        <translation>Son solo sugerencias. Puedes guardar cuando quieras.</translation>
    </message>
    <message>
        <source>While you write, gentle notes on wording may appear here. They never stop you saving.</source>
        <translation>Mientras escribes, aquí pueden aparecer notas amables sobre cómo decir las cosas. Nunca te impiden guardar.</translation>
    </message>
    <message>
        <source>Notes on wording</source>
        <translation>Notas sobre cómo decirlo</translation>
    </message>
    <message numerus="yes">
        <source>%n more are underlined in the text.</source>
        <translation>
            <numerusform>Hay %n nota más subrayada en el texto.</numerusform>
            <numerusform>Hay %n notas más subrayadas en el texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A thought on wording (%n notes)</source>
        <translation>
            <numerusform>Una idea sobre cómo decirlo</numerusform>
            <numerusform>Ideas sobre cómo decirlo (%n notas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounsellingSuggestions</name>
    <message>
        <source>Noticed in your own entries, on this computer only.</source>
        <translation>Visto en tus propias entradas, solo en este dispositivo.</translation>
    </message>
    <message>
        <source>A couples counsellor could help.</source>
        <translation>La terapia de pareja podría ayudar.</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <source>Read more about when counselling could help</source>
        <translation>Leer más sobre cuándo podría ayudar la terapia de pareja</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: hide this note for a while</source>
        <translation>Ahora no: ocultar esta nota por un tiempo</translation>
    </message>
    <message>
        <source>The journal is locked, so this was not saved.</source>
        <translation>El diario está bloqueado, así que esto no se guardó.</translation>
    </message>
</context>
<context>
    <name>CounsellingSummary</name>
    <message>
        <source>week of %1: %2</source>
        <translation>semana del %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 low</source>
        <translation>1 bajo</translation>
    </message>
    <message>
        <source>5 good</source>
        <translation>5 bueno</translation>
    </message>
    <message>
        <source>Counselling summary</source>
        <translation>Resumen para la terapia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation>Reconstrucción</translation>
    </message>
    <message>
        <source>since %1 — %2</source>
        <translation>desde el %1 — %2</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>No entries were chosen for this period, so this summary has no entries to show. That is all right: you can still bring whatever is on your mind.</source>
        <translation>No se eligió ninguna entrada de este periodo, así que este resumen no tiene entradas que mostrar. No pasa nada: puedes llevar igualmente lo que tengas en mente.</translation>
    </message>
    <message>
        <source>This summary is private. It holds only the %1 that %2 chose to bring to this session; nothing else from the journal is in it. The counts and the mood chart are worked out from these chosen entries alone.</source>
        <translation>Este resumen es privado. Solo contiene lo que %2 eligió llevar a esta sesión (%1); no incluye nada más del diario. Los recuentos y el gráfico de ánimo se calculan únicamente a partir de estas entradas elegidas.</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>From the last session</source>
        <translation>De la última sesión</translation>
    </message>
    <message>
        <source>What I took away</source>
        <translation>Lo que me llevé</translation>
    </message>
    <message>
        <source>What we agreed to try</source>
        <translation>Lo que acordamos probar</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>These counts are of the entries chosen for this summary, not of the whole journal.</source>
        <translation>Estos recuentos son de las entradas elegidas para este resumen, no de todo el diario.</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Compartido conmigo</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>None of the chosen entries has a mood, so there is no chart this time.</source>
        <translation>Ninguna de las entradas elegidas tiene el ánimo anotado, así que esta vez no hay gráfico.</translation>
    </message>
    <message>
        <source>Each point is the average mood, for one week, of the chosen entries that have one, from 1 (low) to 5 (good).</source>
        <translation>Cada punto es el ánimo medio de una semana, según las entradas elegidas que lo tienen anotado, de 1 (bajo) a 5 (bueno).</translation>
    </message>
    <message>
        <source>Each point is the mood of the chosen entries of one day, from 1 (low) to 5 (good); a day with several is their average.</source>
        <translation>Cada punto es el ánimo de las entradas elegidas de un día, de 1 (bajo) a 5 (bueno); si un día tiene varias, se muestra su media.</translation>
    </message>
    <message>
        <source>The points: %1.</source>
        <translation>Los puntos: %1.</translation>
    </message>
    <message>
        <source>Promises and how they went</source>
        <translation>Las promesas y cómo fueron</translation>
    </message>
    <message>
        <source>None of the chosen entries is a promise.</source>
        <translation>Ninguna de las entradas elegidas es una promesa.</translation>
    </message>
    <message>
        <source>Changes I noticed</source>
        <translation>Cambios que noté</translation>
    </message>
    <message>
        <source>None of the chosen entries is a noticed change.</source>
        <translation>Ninguna de las entradas elegidas es un cambio que noté.</translation>
    </message>
    <message>
        <source>Questions I still have</source>
        <translation>Preguntas que todavía tengo</translation>
    </message>
    <message>
        <source>None of the chosen entries is a question.</source>
        <translation>Ninguna de las entradas elegidas es una pregunta.</translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>prevista para el %1, %2</translation>
    </message>
    <message>
        <source>The entries I chose</source>
        <translation>Las entradas que elegí</translation>
    </message>
    <message>
        <source>Notes from the session</source>
        <translation>Apuntes de la sesión</translation>
    </message>
    <message>
        <source>Room to write during or after the session.</source>
        <translation>Espacio para escribir durante la sesión o después.</translation>
    </message>
    <message>
        <source>image: %1</source>
        <translation>imagen: %1</translation>
    </message>
    <message>
        <source>Counselling summary · %1</source>
        <translation>Resumen para la terapia · %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Private — written for a counselling session. Please keep it safe.</source>
        <translation>Privado — escrito para una sesión de terapia. Guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Trust Journal</source>
        <translation>Trust Journal</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Change I noticed</source>
        <translation>Cambio que noté</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Small action</source>
        <translation>Pequeña acción</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>I was hurt</source>
        <translation>Me hicieron daño</translation>
    </message>
    <message>
        <source>I broke trust and want to repair it</source>
        <translation>Rompí la confianza y quiero repararla</translation>
    </message>
    <message>
        <source>the first three months</source>
        <translation>los tres primeros meses</translation>
    </message>
    <message>
        <source>three to six months</source>
        <translation>de tres a seis meses</translation>
    </message>
    <message>
        <source>six to twelve months</source>
        <translation>de seis a doce meses</translation>
    </message>
    <message>
        <source>a year and more</source>
        <translation>a partir del primer año</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún abierta</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>cumplida en parte</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no cumplida</translation>
    </message>
    <message>
        <source>renegotiated together</source>
        <translation>renegociada entre los dos</translation>
    </message>
    <message>
        <source>Mood %1 of 5</source>
        <translation>Ánimo %1 de 5</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Shared by %1 on %2</source>
        <translation>Compartida por %1 el %2</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <source>Creating your journal</source>
        <translation>Creando tu diario</translation>
    </message>
    <message>
        <source>Setting up your encrypted journal…</source>
        <translation>Preparando tu diario cifrado…</translation>
    </message>
    <message>
        <source>Setting up your encrypted journal</source>
        <translation>Preparando tu diario cifrado</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
</context>
<context>
    <name>Destination</name>
    <message>
        <source>Shared entries (*.tjshare)</source>
        <translation>Entradas compartidas (*.tjshare)</translation>
    </message>
    <message>
        <source>Partner cards (*.tjcard)</source>
        <translation>Tarjetas de pareja (*.tjcard)</translation>
    </message>
    <message>
        <source>Shared entries (*.tjshare);;All files (*)</source>
        <translation>Entradas compartidas (*.tjshare);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Partner cards (*.tjcard);;All files (*)</source>
        <translation>Tarjetas de pareja (*.tjcard);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Where it goes:</source>
        <translation>Adónde va:</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Save to a file</source>
        <translation>Guardar en un archivo</translation>
    </message>
    <message>
        <source>Put in our shared folder (mailbox)</source>
        <translation>Dejarlo en nuestra carpeta compartida (buzón)</translation>
    </message>
    <message>
        <source>Put in our shared folder</source>
        <translation>Dejarlo en nuestra carpeta compartida</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved words</source>
        <translation>Palabras sin guardar</translation>
    </message>
    <message>
        <source>You have written something that is not saved yet.</source>
        <translation>Has escrito algo que todavía no está guardado.</translation>
    </message>
    <message>
        <source>Would you like to save it first?</source>
        <translation>¿Quieres guardarlo antes?</translation>
    </message>
    <message>
        <source>Something did not work</source>
        <translation>Algo no salió bien</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>mood %1/5</source>
        <translation>ánimo %1/5</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A few words to find this again</source>
        <translation>Unas palabras para volver a encontrarla</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha prevista</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. Markdown works here.</source>
        <translation>Escribe tanto o tan poco como quieras. Aquí puedes usar Markdown.</translation>
    </message>
    <message>
        <source>Named emotions</source>
        <translation>Nombres de emociones</translation>
    </message>
    <message>
        <source>For example: sad, tired, hopeful</source>
        <translation>Por ejemplo: tristeza, cansancio, esperanza</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separa las etiquetas con comas</translation>
    </message>
    <message>
        <source>&amp;Bring to next session</source>
        <translation>&amp;Llevar a la próxima sesión</translation>
    </message>
    <message>
        <source>Bring to next session</source>
        <translation>Llevar a la próxima sesión</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Des&amp;hacer cambios</translation>
    </message>
    <message>
        <source>Revert to the saved version</source>
        <translation>Volver a la versión guardada</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Share this entry</source>
        <translation>Compartir esta entrada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Fecha &amp;prevista:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Se repite:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Có&amp;mo fue:</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>Á&amp;nimo:</translation>
    </message>
    <message>
        <source>&amp;Emotions:</source>
        <translation>&amp;Emociones:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Se guardó.</translation>
    </message>
    <message>
        <source>Do you want to delete this entry?</source>
        <translation>¿Quieres eliminar esta entrada?</translation>
    </message>
    <message>
        <source>It will be removed from your journal for good and cannot be brought back.</source>
        <translation>Se quitará de tu diario para siempre y no se podrá recuperar.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>Nueva entrada: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 del %2</translation>
    </message>
</context>
<context>
    <name>EntryWords</name>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Fairly good</source>
        <translation>Bastante bueno</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Cumplida en parte</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No cumplida</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Renegociada</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The coach&apos;s wording notes could not be read.</source>
        <translation>No se pudieron leer las notas del asistente de lenguaje.</translation>
    </message>
    <message>
        <source>The coach&apos;s wording notes (%1) have a problem: %2.</source>
        <translation>Las notas del asistente de lenguaje (%1) tienen un problema: %2.</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Cada etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A named emotion can be at most %1 characters long.</source>
        <translation>El nombre de una emoción puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>An entry can have at most %1 tags.</source>
        <translation>Una entrada puede tener como máximo %1 etiquetas.</translation>
    </message>
    <message>
        <source>An entry can have at most %1 named emotions.</source>
        <translation>Una entrada puede tener como máximo %1 emociones.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of entry. Choose one of: %2.</source>
        <translation>“%1” no es un tipo de entrada. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>An entry needs a title.</source>
        <translation>La entrada necesita un título.</translation>
    </message>
    <message>
        <source>A title can be at most %1 characters long.</source>
        <translation>El título puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This entry is too long to save. Please split it into two entries.</source>
        <translation>Esta entrada es demasiado larga para guardarla. Divídela en dos entradas, por favor.</translation>
    </message>
    <message>
        <source>Mood is a number from 1 to 5.</source>
        <translation>El ánimo es un número del 1 al 5.</translation>
    </message>
    <message>
        <source>An entry needs a date.</source>
        <translation>La entrada necesita una fecha.</translation>
    </message>
    <message>
        <source>A due date is a day, like 2026-03-31.</source>
        <translation>La fecha prevista tiene que ser un día, como 2026-03-31.</translation>
    </message>
    <message>
        <source>“%1” is not an outcome. Choose one of: %2.</source>
        <translation>“%1” no es un resultado válido. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a repeat. Choose daily or weekly.</source>
        <translation>“%1” no es una frecuencia válida. Elige “daily” o “weekly”.</translation>
    </message>
    <message>
        <source>Only a promise can repeat.</source>
        <translation>Solo las promesas pueden repetirse.</translation>
    </message>
    <message>
        <source>Only a promise has a due date.</source>
        <translation>Solo las promesas tienen fecha prevista.</translation>
    </message>
    <message>
        <source>Only a promise has an outcome.</source>
        <translation>Solo las promesas tienen un resultado.</translation>
    </message>
    <message>
        <source>“%1” is not a date; please write it as YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha; escríbela con el formato AAAA-MM-DD, por favor.</translation>
    </message>
    <message>
        <source>“%1” is not a due date; please write it as YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha prevista; escríbela con el formato AAAA-MM-DD, por favor.</translation>
    </message>
    <message>
        <source>“%1” is not a start date; please write it as YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha de inicio; escríbela con el formato AAAA-MM-DD, por favor.</translation>
    </message>
    <message>
        <source>“%1” is not an end date; please write it as YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha de fin; escríbela con el formato AAAA-MM-DD, por favor.</translation>
    </message>
    <message>
        <source>“%1” is not a valid start date; please write it as YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha de inicio válida; escríbela con el formato AAAA-MM-DD, por favor.</translation>
    </message>
    <message>
        <source>“%1” is not a valid end date; please write it as YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha de fin válida; escríbela con el formato AAAA-MM-DD, por favor.</translation>
    </message>
    <message>
        <source>The app&apos;s guidance text could not be read (%1). Please reinstall Trust Journal.</source>
        <translation>No se pudieron leer los textos de la guía de la aplicación (%1). Vuelve a instalar Trust Journal, por favor.</translation>
    </message>
    <message>
        <source>The app&apos;s guidance text is incomplete: “%1” is missing or empty. Please reinstall Trust Journal.</source>
        <translation>Los textos de la guía de la aplicación están incompletos: “%1” falta o está vacío. Vuelve a instalar Trust Journal, por favor.</translation>
    </message>
    <message>
        <source>The app&apos;s guidance text repeats an id in “%1”. Please reinstall Trust Journal.</source>
        <translation>Los textos de la guía de la aplicación repiten un identificador en “%1”. Vuelve a instalar Trust Journal, por favor.</translation>
    </message>
    <message>
        <source>The app&apos;s guidance text should have %1 steps, not %2. Please reinstall Trust Journal.</source>
        <translation>Los textos de la guía de la aplicación deberían tener %1 pasos, no %2. Vuelve a instalar Trust Journal, por favor.</translation>
    </message>
    <message>
        <source>The app&apos;s guidance text has only %1 prompts for “%2”; it needs at least %3. Please reinstall Trust Journal.</source>
        <translation>Los textos de la guía de la aplicación solo tienen %1 preguntas para “%2”; necesitan al menos %3. Vuelve a instalar Trust Journal, por favor.</translation>
    </message>
    <message>
        <source>The app&apos;s guidance text is damaged or incomplete. Please reinstall Trust Journal.</source>
        <translation>Los textos de la guía de la aplicación están dañados o incompletos. Vuelve a instalar Trust Journal, por favor.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a text that is not text, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un texto que no se puede leer como texto, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a title that is not text, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un título que no se puede leer como texto, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has no title, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo no tiene título, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has no date, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo no tiene fecha, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has tags that are not a list of words, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene etiquetas que no son una lista de palabras, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has named emotions that are not a list of words, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene emociones que no son una lista de palabras, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a star mark that is not true or false, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una marca de estrella cuyo valor no es true ni false, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a “bring to next session” mark that is not true or false, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una marca “Llevar a la próxima sesión” cuyo valor no es true ni false, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a date that is not a real date in YYYY-MM-DD form, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una fecha que no es una fecha válida con el formato AAAA-MM-DD, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a due date that is not a real date in YYYY-MM-DD form, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una fecha prevista que no es una fecha válida con el formato AAAA-MM-DD, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a date “%2” that is not a real date in YYYY-MM-DD form, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una fecha, “%2”, que no es una fecha válida con el formato AAAA-MM-DD, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a due date “%2” that is not a real date in YYYY-MM-DD form, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una fecha prevista, “%2”, que no es una fecha válida con el formato AAAA-MM-DD, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a date “%2” that cannot be read, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una fecha, “%2”, que no se puede leer, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a date that cannot be read, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una fecha que no se puede leer, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is not a Trust Journal export, so nothing was imported.</source>
        <translation>Este archivo no es una exportación de Trust Journal, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is not a jrnl export, so nothing was imported.</source>
        <translation>Este archivo no es una exportación de jrnl, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is not a Day One export, so nothing was imported.</source>
        <translation>Este archivo no es una exportación de Day One, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file looks like a Trust Journal export rather than a jrnl export, so nothing was imported.</source>
        <translation>Este archivo parece una exportación de Trust Journal, no de jrnl, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file looks like a Trust Journal export rather than a Day One export, so nothing was imported.</source>
        <translation>Este archivo parece una exportación de Trust Journal, no de Day One, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file looks like a jrnl export rather than a Trust Journal export, so nothing was imported.</source>
        <translation>Este archivo parece una exportación de jrnl, no de Trust Journal, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file looks like a jrnl export rather than a Day One export, so nothing was imported.</source>
        <translation>Este archivo parece una exportación de jrnl, no de Day One, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file looks like a Day One export rather than a Trust Journal export, so nothing was imported.</source>
        <translation>Este archivo parece una exportación de Day One, no de Trust Journal, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file looks like a Day One export rather than a jrnl export, so nothing was imported.</source>
        <translation>Este archivo parece una exportación de Day One, no de jrnl, así que no se importó nada.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of file Trust Journal can import. Choose one of: %2.</source>
        <translation>“%1” no es un tipo de archivo que Trust Journal pueda importar. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>Entry %1 in this file is not a journal entry, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo no es una entrada de diario, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file is longer than Trust Journal can keep in one entry, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo es más larga de lo que Trust Journal puede guardar en una sola entrada, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file cannot be used because %2, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo no se puede usar porque %2, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file could not be read, so nothing was imported.</source>
        <translation>No se pudo leer la entrada %1 de este archivo, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is too large to import (the limit is %1 MB), so nothing was imported.</source>
        <translation>Este archivo es demasiado grande para importarlo (el límite es de %1 MB), así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is not saved as UTF-8 text, so nothing was imported.</source>
        <translation>Este archivo no está guardado como texto UTF-8, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is empty, so nothing was imported.</source>
        <translation>Este archivo está vacío, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is nested far too deeply to be a journal export, so nothing was imported.</source>
        <translation>Este archivo tiene demasiados niveles anidados para ser la exportación de un diario, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is too large to import, so nothing was imported.</source>
        <translation>Este archivo es demasiado grande para importarlo, así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file is not valid JSON (it may be damaged or not an export), so nothing was imported.</source>
        <translation>Este archivo no es un JSON válido (puede que esté dañado o que no sea una exportación), así que no se importó nada.</translation>
    </message>
    <message>
        <source>This file was exported by a newer version of Trust Journal, so nothing was imported; please update the app and try again.</source>
        <translation>Este archivo se exportó con una versión más reciente de Trust Journal, así que no se importó nada; actualiza la aplicación y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Entry %1 in this file does not say what kind of entry it is, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo no indica qué tipo de entrada es, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has an unknown kind of entry “%2”, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un tipo de entrada desconocido, “%2”, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has an unknown kind of entry, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un tipo de entrada desconocido, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a mood “%2” that is not a number from 1 to 5, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un ánimo, “%2”, que no es un número del 1 al 5, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has a mood that is not a number from 1 to 5, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un ánimo que no es un número del 1 al 5, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has an unknown promise outcome “%2”, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un resultado de promesa desconocido, “%2”, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has an unknown promise outcome, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene un resultado de promesa desconocido, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has an unknown promise repeat “%2”, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una frecuencia de promesa desconocida, “%2”, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Entry %1 in this file has an unknown promise repeat, so nothing was imported.</source>
        <translation>La entrada %1 de este archivo tiene una frecuencia de promesa desconocida, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Something went wrong. Your journal has not been changed.</source>
        <translation>Algo no salió bien. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Please check it and try again.</source>
        <translation>Esa frase de contraseña no abre este diario. Revísala y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>That recovery code does not open this journal. Please check each group and try again.</source>
        <translation>Ese código de recuperación no abre este diario. Revisa cada grupo y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>That value cannot be used.</source>
        <translation>Ese valor no se puede usar.</translation>
    </message>
    <message>
        <source>This folder is not a Trust Journal journal.</source>
        <translation>Esta carpeta no contiene un diario de Trust Journal.</translation>
    </message>
    <message>
        <source>A journal already exists there. Nothing was changed.</source>
        <translation>Ya hay un diario en esa carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file (vault.json) is missing or damaged, so the journal cannot be opened. Restore it from a backup.</source>
        <translation>El archivo de claves del diario (vault.json) falta o está dañado, así que no se puede abrir el diario. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s database is damaged or does not belong to this journal. Restore it from a backup.</source>
        <translation>La base de datos del diario está dañada o no pertenece a este diario. Restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The encryption library does not provide the protection this journal needs, so the journal was not opened.</source>
        <translation>La biblioteca de cifrado no ofrece la protección que necesita este diario, así que no se abrió el diario.</translation>
    </message>
    <message>
        <source>This journal is already open in another window or program. Close it there first.</source>
        <translation>Este diario ya está abierto en otra ventana o en otro programa. Ciérralo allí primero.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it first.</source>
        <translation>El diario está bloqueado. Desbloquéalo primero.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder can no longer be found — was a disk removed or the folder moved? Nothing was saved; your words are still here. Bring the folder back, or copy your words somewhere safe.</source>
        <translation>Ya no se encuentra la carpeta del diario — ¿se desconectó un disco o se movió la carpeta? No se guardó nada; tus palabras siguen aquí. Vuelve a poner la carpeta donde estaba, o copia tus palabras en un lugar seguro.</translation>
    </message>
    <message>
        <source>There is no entry with that number.</source>
        <translation>No hay ninguna entrada con ese número.</translation>
    </message>
    <message>
        <source>The disk is full or the folder cannot be written, so this was not saved. Your journal is unchanged; free some space and try again.</source>
        <translation>El disco está lleno o no se puede escribir en la carpeta, así que esto no se guardó. Tu diario no ha cambiado; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a Trust Journal backup. Nothing was restored.</source>
        <translation>Esta copia de seguridad está dañada o no es una copia de seguridad de Trust Journal. No se restauró nada.</translation>
    </message>
    <message>
        <source>This file could not be imported. Nothing was imported.</source>
        <translation>No se pudo importar este archivo. No se importó nada.</translation>
    </message>
    <message>
        <source>This partner card could not be read. Ask your partner to send their card again. Nothing was changed.</source>
        <translation>No se pudo leer esta tarjeta de pareja. Pide a tu pareja que te vuelva a enviar su tarjeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>This shared file is damaged or was changed on the way, so it was not opened. Nothing was changed.</source>
        <translation>Este archivo compartido está dañado o se modificó por el camino, así que no se abrió. No se cambió nada.</translation>
    </message>
    <message>
        <source>This shared file was sealed for someone else, so it cannot be opened with this journal. Nothing was changed.</source>
        <translation>Este archivo compartido se selló para otra persona, así que no se puede abrir con este diario. No se cambió nada.</translation>
    </message>
    <message>
        <source>This shared file does not come from the partner this journal is paired with, so it was not opened. Nothing was changed.</source>
        <translation>Este archivo compartido no viene de la pareja con la que está vinculado este diario, así que no se abrió. No se cambió nada.</translation>
    </message>
    <message>
        <source>Those numbers do not match, so you are not paired. Compare them again, together, before you try once more.</source>
        <translation>Esos números no coinciden, así que tu diario no se vinculó. Vuelve a compararlos junto a tu pareja antes de intentarlo otra vez.</translation>
    </message>
    <message>
        <source>This card has different keys from the ones you paired with. Compare the safety number together again before you accept it.</source>
        <translation>Esta tarjeta tiene claves distintas de las que usaste al vincular tu diario. Vuelve a comparar el número de seguridad junto a tu pareja antes de aceptarla.</translation>
    </message>
    <message>
        <source>You have not paired with your partner yet. Pair first, then share.</source>
        <translation>Todavía no has vinculado tu diario con el de tu pareja. Vincúlalos primero y después comparte.</translation>
    </message>
    <message>
        <source>That entry has not been shared, or it was already withdrawn. Nothing was changed.</source>
        <translation>Esa entrada no se ha compartido, o ya se retiró. No se cambió nada.</translation>
    </message>
    <message>
        <source>The paper size must be A4 or Letter.</source>
        <translation>El tamaño del papel debe ser A4 o Carta.</translation>
    </message>
    <message>
        <source>The sheet could not be printed. Please check that the printer is on and ready, then try again.</source>
        <translation>No se pudo imprimir la hoja. Comprueba que la impresora esté encendida y lista, y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>The sheet could not be drawn. Nothing was saved.</source>
        <translation>No se pudo preparar la hoja. No se guardó nada.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved in %1. Please choose another folder, such as your Documents folder.</source>
        <translation>No se pudo guardar la hoja de recuperación en %1. Elige otra carpeta, por ejemplo tu carpeta Documentos, por favor.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2). Please swap the dates.</source>
        <translation>La fecha final del periodo (%1) es anterior a la inicial (%2). Intercambia las dos fechas.</translation>
    </message>
    <message>
        <source>Entry %1 is dated %2, outside the period %3 to %4. Widen the period or leave that entry out.</source>
        <translation>La entrada %1 tiene fecha del %2, fuera del periodo del %3 al %4. Amplía el periodo o deja fuera esa entrada.</translation>
    </message>
    <message>
        <source>The summary could not be saved. Nothing was written.</source>
        <translation>No se pudo guardar el resumen. No se escribió nada.</translation>
    </message>
    <message>
        <source>The summary could not be printed. Please check that the printer is on and ready, then try again.</source>
        <translation>No se pudo imprimir el resumen. Comprueba que la impresora esté encendida y lista, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The summary could not be drawn, so nothing was saved.</source>
        <translation>No se pudo preparar el resumen, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is a folder. Please give a name for the summary file.</source>
        <translation>%1 es una carpeta. Escribe un nombre para el archivo del resumen.</translation>
    </message>
    <message>
        <source>The summary has one page; please choose page 1.</source>
        <translation>El resumen tiene una página; elige la página 1.</translation>
    </message>
    <message>
        <source>The summary has %1 pages; please choose pages from 1 to %1.</source>
        <translation>El resumen tiene %1 páginas; elige páginas de la 1 a la %1.</translation>
    </message>
    <message>
        <source>The summary could not be saved in %1 (%2). Please choose another folder, such as your Documents folder. Nothing was saved.</source>
        <translation>No se pudo guardar el resumen en %1 (%2). Elige otra carpeta, por ejemplo tu carpeta Documentos. No se guardó nada.</translation>
    </message>
    <message>
        <source>The summary could not be saved in %1 (it cannot be written). Please choose another folder, such as your Documents folder. Nothing was saved.</source>
        <translation>No se pudo guardar el resumen en %1 (no se puede escribir ahí). Elige otra carpeta, por ejemplo tu carpeta Documentos. No se guardó nada.</translation>
    </message>
    <message>
        <source>There is no shared entry number %1.</source>
        <translation>No hay ninguna entrada compartida con el número %1.</translation>
    </message>
    <message>
        <source>That file cannot be used. Nothing was changed.</source>
        <translation>Ese archivo no se puede usar. No se cambió nada.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Ya hay un archivo con ese nombre. Elige otro nombre.</translation>
    </message>
    <message>
        <source>%1 is a folder; please give a file name.</source>
        <translation>%1 es una carpeta; escribe un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; nothing was saved.</source>
        <translation>%1 ya existe. Elige otro nombre; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was shared.</source>
        <translation>No se pudo escribir %1 (%2). No se compartió nada.</translation>
    </message>
    <message>
        <source>%1 could not be written (it cannot be written). Nothing was shared.</source>
        <translation>No se pudo escribir %1 (no se puede escribir ahí). No se compartió nada.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found. Check that it is still there; nothing was shared.</source>
        <translation>No se encuentra la carpeta %1. Comprueba que sigue ahí; no se compartió nada.</translation>
    </message>
    <message>
        <source>No free file name was found in %1. Nothing was shared.</source>
        <translation>No se encontró ningún nombre de archivo libre en %1. No se compartió nada.</translation>
    </message>
    <message>
        <source>This is your own card. Ask your partner for theirs, and give them yours. Nothing was changed.</source>
        <translation>Esta es tu propia tarjeta. Pide a tu pareja la suya, y dale la tuya. No se cambió nada.</translation>
    </message>
    <message>
        <source>This reply is about an entry you have not shared, so it was not opened. Nothing was changed.</source>
        <translation>Esta respuesta es sobre una entrada que no has compartido, así que no se abrió. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no folder at %1. Choose an existing folder.</source>
        <extracomment>A redacted entry carries its title and at most this many characters of its text.</extracomment>
        <translation>No hay ninguna carpeta en %1. Elige una carpeta que exista.</translation>
    </message>
    <message>
        <source>Choose at least one entry to share. Nothing was shared.</source>
        <translation>Elige al menos una entrada para compartir. No se compartió nada.</translation>
    </message>
    <message>
        <source>One shared file can hold up to %1 entries. Please share fewer at a time.</source>
        <translation>Un archivo compartido puede contener hasta %1 entradas. Comparte menos entradas de una vez.</translation>
    </message>
    <message>
        <source>Entry %1 is marked to be shortened but is not among the entries being shared. Nothing was shared.</source>
        <translation>La entrada %1 está marcada para compartir solo el título y un extracto, pero no está entre las entradas que se van a compartir. No se compartió nada.</translation>
    </message>
    <message>
        <source>A reply needs a few words. Nothing was sent.</source>
        <translation>Escribe al menos unas palabras en tu respuesta. No se envió nada.</translation>
    </message>
    <message>
        <source>This reply is too long to send. Please shorten it.</source>
        <translation>Esta respuesta es demasiado larga para enviarla. Acórtala un poco.</translation>
    </message>
    <message>
        <source>%1 withdrew this entry, so it cannot be answered any more. Nothing was sent.</source>
        <translation>%1 retiró esta entrada, así que ya no se puede responder. No se envió nada.</translation>
    </message>
    <message>
        <source>This entry was shared before you paired again with new keys, so a reply cannot reach it. Nothing was sent.</source>
        <translation>Esta entrada se compartió antes de que volvieras a vincular los diarios con claves nuevas, así que ya no es posible responderla. No se envió nada.</translation>
    </message>
    <message>
        <source>This shared file is empty, so there is nothing to open. Nothing was changed.</source>
        <translation>Este archivo compartido está vacío, así que no hay nada que abrir. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file is too large to be a Trust Journal shared file, so it was not opened. Nothing was changed.</source>
        <translation>Este archivo es demasiado grande para ser un archivo compartido de Trust Journal, así que no se abrió. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a Trust Journal shared file. Nothing was changed.</source>
        <translation>Este no es un archivo compartido de Trust Journal. No se cambió nada.</translation>
    </message>
    <message>
        <source>This shared file was made by a newer version of Trust Journal. Update the app, then open it again. Nothing was changed.</source>
        <translation>Este archivo compartido se creó con una versión más reciente de Trust Journal. Actualiza la aplicación y vuelve a abrirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This shared file is incomplete — perhaps it has not finished copying or syncing. Try again later. Nothing was changed.</source>
        <translation>Este archivo compartido está incompleto — quizá todavía no ha terminado de copiarse o sincronizarse. Vuelve a intentarlo más tarde. No se cambió nada.</translation>
    </message>
    <message>
        <source>This shared file was not written the way Trust Journal writes them, so it was not opened. Nothing was changed.</source>
        <translation>Este archivo compartido no está escrito como los escribe Trust Journal, así que no se abrió. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file could not be read. Check that it still exists, then try again.</source>
        <translation>No se pudo leer este archivo. Comprueba que todavía existe y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This shared file comes from someone this journal is not paired with yet. Pair with your partner first, then open it again. Nothing was changed.</source>
        <translation>Este archivo compartido viene de alguien con quien este diario todavía no está vinculado. Primero vincula tu diario con el de tu pareja y después vuelve a abrirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This shared file does not come from the partner this journal is paired with, so it was not opened. If your partner has set up a new journal, pair again with their new card. Nothing was changed.</source>
        <translation>Este archivo compartido no viene de la persona con la que está vinculado este diario, así que no se abrió. Si tu pareja ha creado un diario nuevo, vuelve a vincular los diarios con su nueva tarjeta. No se cambió nada.</translation>
    </message>
    <message>
        <source>These entries are too long to share in one file. Please share fewer at a time.</source>
        <translation>Estas entradas son demasiado largas para compartirlas en un solo archivo. Comparte menos entradas de una vez.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation>Un nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>Un nombre no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>The name on this card cannot be used. %1</source>
        <translation>El nombre de esta tarjeta no se puede usar. %1</translation>
    </message>
    <message>
        <source>The name on this card cannot be used. Nothing was changed.</source>
        <translation>El nombre de esta tarjeta no se puede usar. No se cambió nada.</translation>
    </message>
    <message>
        <source>This card does not say which partner it belongs to. Nothing was changed.</source>
        <translation>Esta tarjeta no indica a cuál de los dos pertenece. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is too long to be a partner card. Nothing was changed.</source>
        <translation>Esto es demasiado largo para ser una tarjeta de pareja. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a Trust Journal partner card. A card starts with “%1”. Nothing was changed.</source>
        <translation>Esto no es una tarjeta de pareja de Trust Journal. Una tarjeta empieza con “%1”. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a Trust Journal partner card. Nothing was changed.</source>
        <translation>Esto no es una tarjeta de pareja de Trust Journal. No se cambió nada.</translation>
    </message>
    <message>
        <source>This card was made by a newer version of Trust Journal. Update the app, then try again. Nothing was changed.</source>
        <translation>Esta tarjeta se creó con una versión más reciente de Trust Journal. Actualiza la aplicación y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is too large to be a partner card. Nothing was changed.</source>
        <translation>Esto es demasiado grande para ser una tarjeta de pareja. No se cambió nada.</translation>
    </message>
    <message>
        <source>This card file could not be read. Check that it still exists and try again.</source>
        <translation>No se pudo leer este archivo de tarjeta. Comprueba que todavía existe y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The keys on this card are incomplete. Nothing was changed.</source>
        <translation>Las claves de esta tarjeta están incompletas. No se cambió nada.</translation>
    </message>
    <message>
        <source>The keys on this card are not valid. Nothing was changed.</source>
        <translation>Las claves de esta tarjeta no son válidas. No se cambió nada.</translation>
    </message>
    <message>
        <source>A safety number is made of digits only.</source>
        <translation>Un número de seguridad solo contiene cifras.</translation>
    </message>
    <message>
        <source>%1 is a folder; please give a file name for the backup.</source>
        <translation>%1 es una carpeta; escribe un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>No se pudo escribir la copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>The backup copy failed its check, so it was not kept.</source>
        <translation>La copia de seguridad no superó la comprobación, así que no se conservó.</translation>
    </message>
    <message>
        <source>This backup file is incomplete. Nothing was restored.</source>
        <translation>Este archivo de copia de seguridad está incompleto. No se restauró nada.</translation>
    </message>
    <message>
        <source>This file is not a Trust Journal backup. Nothing was restored.</source>
        <translation>Este archivo no es una copia de seguridad de Trust Journal. No se restauró nada.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>No hay ningún archivo de copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>This backup was made by a newer or unknown version of Trust Journal.</source>
        <translation>Esta copia de seguridad se creó con una versión más reciente o desconocida de Trust Journal.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Restore into a new folder; nothing was overwritten.</source>
        <translation>%1 ya existe y tiene contenido. Restaura la copia en una carpeta nueva; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>The key file inside this backup is damaged. Nothing was restored.</source>
        <translation>El archivo de claves que hay dentro de esta copia de seguridad está dañado. No se restauró nada.</translation>
    </message>
    <message>
        <source>This backup file has extra data at its end. Nothing was restored.</source>
        <translation>Este archivo de copia de seguridad tiene datos de más al final. No se restauró nada.</translation>
    </message>
    <message>
        <source>This backup file is damaged (its checksum does not match). Nothing was restored.</source>
        <translation>Este archivo de copia de seguridad está dañado (su suma de comprobación no coincide). No se restauró nada.</translation>
    </message>
    <message>
        <source>The journal could not be written to %1.</source>
        <translation>No se pudo escribir el diario en %1.</translation>
    </message>
    <message>
        <source>The journal inside this backup is damaged or does not match its key file. Nothing was restored.</source>
        <translation>El diario que hay dentro de esta copia de seguridad está dañado o no corresponde a su archivo de claves. No se restauró nada.</translation>
    </message>
    <message>
        <source>This backup failed its integrity check. Nothing was restored.</source>
        <translation>Esta copia de seguridad no superó la comprobación de integridad. No se restauró nada.</translation>
    </message>
    <message>
        <source>The encryption library does not provide the protection this journal needs (%1), so the journal was not opened.</source>
        <translation>La biblioteca de cifrado no ofrece la protección que necesita este diario (%1), así que el diario no se abrió.</translation>
    </message>
    <message>
        <source>The journal&apos;s database (journal.db) is missing. Restore it from a backup.</source>
        <translation>Falta la base de datos del diario (journal.db). Restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s database (journal.db) is empty. Restore it from a backup.</source>
        <translation>La base de datos del diario (journal.db) está vacía. Restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s database cannot be opened.</source>
        <translation>No se puede abrir la base de datos del diario.</translation>
    </message>
    <message>
        <source>The journal&apos;s database (journal.db) is incomplete — it may have been cut short while copying. Restore it from a backup.</source>
        <translation>La base de datos del diario (journal.db) está incompleta — puede que se cortara mientras se copiaba. Restáurala desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal folder cannot be written. Check that the disk is connected and that you may write to the folder.</source>
        <translation>No se puede escribir en la carpeta del diario. Comprueba que el disco está conectado y que tienes permiso para escribir en la carpeta.</translation>
    </message>
    <message>
        <source>This journal keeps the entries of the partner who was hurt; “%1” is not one of them. Choose one of: %2.</source>
        <translation>Este diario es para las entradas de la persona herida, y “%1” no es uno de sus tipos de entrada. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>This journal keeps the entries of the partner who is repairing trust; “%1” is not one of them. Choose one of: %2.</source>
        <translation>Este diario es para las entradas de quien está reparando la confianza, y “%1” no es uno de sus tipos de entrada. Elige uno de estos: %2.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least %1 characters; a few unrelated words work well.</source>
        <translation>Elige una frase de contraseña de al menos %1 caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>There is no journal folder at %1.</source>
        <translation>No hay ninguna carpeta de diario en %1.</translation>
    </message>
    <message>
        <source>%1 is not a Trust Journal journal.</source>
        <translation>%1 no contiene un diario de Trust Journal.</translation>
    </message>
    <message>
        <source>Please give the journal a name.</source>
        <translation>Ponle un nombre al diario.</translation>
    </message>
    <message>
        <source>The role is “hurt” or “repairing”.</source>
        <translation>El papel debe ser “hurt” o “repairing”.</translation>
    </message>
    <message>
        <source>The database in this folder belongs to a different journal than its key file. Restore both from the same backup.</source>
        <translation>La base de datos de esta carpeta pertenece a un diario distinto del de su archivo de claves. Restaura los dos desde la misma copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file has no %1 slot.</source>
        <translation>El archivo de claves del diario no tiene la ranura de clave %1.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file asks for key settings outside safe limits.</source>
        <translation>El archivo de claves del diario pide unos ajustes de clave fuera de los límites seguros.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file (vault.json) has been changed or damaged (%1). Restore it from a backup.</source>
        <translation>El archivo de claves del diario (vault.json) se ha modificado o está dañado (%1). Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file (vault.json) is damaged (bad %1). Restore it from a backup.</source>
        <translation>El archivo de claves del diario (vault.json) está dañado (%1 no válido). Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file (vault.json) is damaged and cannot be read. Restore it from a backup.</source>
        <translation>El archivo de claves del diario (vault.json) está dañado y no se puede leer. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This journal was made by a newer version of Trust Journal. Please update the app.</source>
        <translation>Este diario se creó con una versión más reciente de Trust Journal. Actualiza la aplicación.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file (vault.json) is missing, so the journal cannot be opened. Restore it from a backup.</source>
        <translation>Falta el archivo de claves del diario (vault.json), así que el diario no se puede abrir. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal&apos;s key file (vault.json) cannot be read. Check the folder&apos;s permissions.</source>
        <translation>No se puede leer el archivo de claves del diario (vault.json). Comprueba los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed.</source>
        <translation>No se pudo escribir %1 (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 could not be written (write failed). Nothing was changed.</source>
        <translation>No se pudo escribir %1 (falló la escritura). No se cambió nada.</translation>
    </message>
    <message>
        <source>A recovery code has 32 letters and digits in groups of four. Please check it and try again.</source>
        <translation>Un código de recuperación tiene 32 letras y cifras en grupos de cuatro. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery code has a typing mistake somewhere. Please check each group.</source>
        <translation>Ese código de recuperación tiene un error de escritura en algún punto. Revisa cada grupo.</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Trust Journal. Please update the app to open it.</source>
        <translation>Este diario se escribió con una versión más reciente de Trust Journal. Actualiza la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>This journal&apos;s sharing keys are missing. Restore the journal from a backup.</source>
        <translation>Faltan las claves para compartir de este diario. Restaura el diario desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>No mailbox folder is set. Choose one first, or save the shared file somewhere yourself. Nothing was shared.</source>
        <extracomment>How many bundle files one look at the mailbox considers (the newest ones). How many directory entries one look reads at most, whatever else is in the folder.</extracomment>
        <translation>No hay ninguna carpeta compartida (buzón) elegida. Elige una primero, o guarda tú el archivo compartido donde prefieras. No se compartió nada.</translation>
    </message>
    <message>
        <source>The mailbox folder %1 cannot be found. Is the disk connected, or was the folder moved? Nothing was shared.</source>
        <translation>No se encuentra la carpeta compartida %1. ¿Está conectado el disco, o se movió la carpeta? No se compartió nada.</translation>
    </message>
    <message>
        <source>This cannot be shared: %1</source>
        <translation>Esto no se puede compartir: %1</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose a new or empty folder.</source>
        <extracomment>Opens the finished journal: its folder, header, master key and the held folder lock.</extracomment>
        <translation>%1 ya existe y tiene contenido. Elige una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>There is no entry number %1 in this journal.</source>
        <translation>No hay ninguna entrada con el número %1 en este diario.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show which kind</source>
        <translation>Qué tipo mostrar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show which tag</source>
        <translation>Qué etiqueta mostrar</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Only for next session</source>
        <translation>Solo para la próxima sesión</translation>
    </message>
    <message>
        <source>Only entries to bring to the next session</source>
        <translation>Solo las entradas para llevar a la próxima sesión</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up your journal</source>
        <translation>Preparar tu diario</translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>Abrir mi diario</translation>
    </message>
    <message>
        <source>Your journal could not be set up, and nothing was kept.</source>
        <translation>No se pudo preparar tu diario, y no se guardó nada.</translation>
    </message>
    <message>
        <source>You can try again, or cancel and come back later.</source>
        <translation>Puedes intentarlo de nuevo, o cancelar y volver más tarde.</translation>
    </message>
    <message>
        <source>Close without the recovery code?</source>
        <translation>¿Cerrar sin el código de recuperación?</translation>
    </message>
    <message>
        <source>Your journal is ready, but this recovery code will not be shown again.</source>
        <translation>Tu diario está listo, pero este código de recuperación no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Without it, there is no way back into the journal if the passphrase is ever forgotten.</source>
        <translation>Sin él, no habrá forma de volver a entrar en el diario si alguna vez se olvida la frase de contraseña.</translation>
    </message>
    <message>
        <source>Back to the code</source>
        <translation>Volver al código</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FollowThroughModel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>FreelyQuestion</name>
    <message>
        <source>Am I sharing this freely, because I want to?</source>
        <translation>¿Comparto esto libremente, porque quiero hacerlo?</translation>
    </message>
    <message>
        <source>Sharing helps most when it is a gift, not something you feel you owe. If it doesn&apos;t feel free today, it can wait.</source>
        <translation>Compartir ayuda más cuando es un regalo, no algo que sientes que debes. Si hoy no lo sientes como algo libre, puede esperar.</translation>
    </message>
    <message>
        <source>Yes, I am choosing to share this.</source>
        <translation>Sí, elijo compartir esto.</translation>
    </message>
    <message>
        <source>I am choosing to share this freely</source>
        <translation>Elijo compartir esto libremente</translation>
    </message>
    <message>
        <source>Only you see this question. Your answer is not saved and not sent.</source>
        <translation>Solo tú ves esta pregunta. Tu respuesta no se guarda ni se envía.</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>Guide topics</source>
        <translation>Temas de la guía</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>Tu parte</translation>
    </message>
    <message>
        <source>The five steps</source>
        <translation>Los cinco pasos</translation>
    </message>
    <message>
        <source>Owning it</source>
        <translation>Asumirlo</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Talking with each other</source>
        <translation>Hablar entre los dos</translation>
    </message>
    <message>
        <source>Small things that help</source>
        <translation>Pequeñas cosas que ayudan</translation>
    </message>
    <message>
        <source>How trust breaks</source>
        <translation>Cómo se rompe la confianza</translation>
    </message>
    <message>
        <source>The path over time</source>
        <translation>El camino con el tiempo</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Para ti</translation>
    </message>
    <message>
        <source>For your partner</source>
        <translation>Para tu pareja</translation>
    </message>
    <message>
        <source>Sounds like</source>
        <translation>Suena así</translation>
    </message>
    <message>
        <source>Not this</source>
        <translation>Así no</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Lo que es</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Lo que no es</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Estás aquí</translation>
    </message>
</context>
<context>
    <name>GuideWords</name>
    <message>
        <source>Write a feeling</source>
        <translation>Escribir un sentimiento</translation>
    </message>
    <message>
        <source>Write a trigger</source>
        <translation>Escribir un detonante</translation>
    </message>
    <message>
        <source>Write a question</source>
        <translation>Escribir una pregunta</translation>
    </message>
    <message>
        <source>Write a need</source>
        <translation>Escribir una necesidad</translation>
    </message>
    <message>
        <source>Write a boundary</source>
        <translation>Escribir un límite</translation>
    </message>
    <message>
        <source>Write a change I noticed</source>
        <translation>Escribir un cambio que noté</translation>
    </message>
    <message>
        <source>Write an accountability entry</source>
        <translation>Escribir sobre mi responsabilidad</translation>
    </message>
    <message>
        <source>Write a transparency entry</source>
        <translation>Escribir una entrada de transparencia</translation>
    </message>
    <message>
        <source>Write a promise</source>
        <translation>Escribir una promesa</translation>
    </message>
    <message>
        <source>Write a small action</source>
        <translation>Escribir una pequeña acción</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Escribir una reflexión</translation>
    </message>
    <message>
        <source>Write a session note</source>
        <translation>Escribir una nota de la sesión</translation>
    </message>
    <message>
        <source>Your start date is still ahead</source>
        <translation>Tu fecha de inicio todavía no ha llegado</translation>
    </message>
    <message>
        <source>You started today</source>
        <translation>Empezaste hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n days since you started</source>
        <translation>
            <numerusform>%n día desde que empezaste</numerusform>
            <numerusform>%n días desde que empezaste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 since you started</source>
        <translation>%1 y %2 desde que empezaste</translation>
    </message>
    <message>
        <source>%1 since you started</source>
        <translation>%1 desde que empezaste</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%1 replied: %2</source>
        <translation>%1 respondió: %2</translation>
    </message>
    <message>
        <source>Deleted here since</source>
        <translation>Eliminada aquí desde entonces</translation>
    </message>
    <message>
        <source>Edited since</source>
        <translation>Editada desde entonces</translation>
    </message>
    <message>
        <source>As shared</source>
        <translation>Tal como se compartió</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retirada el %1</translation>
    </message>
    <message>
        <source>Shared (title and excerpt)</source>
        <translation>Compartida (título y extracto)</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>What I shared</source>
        <translation>Lo que compartí</translation>
    </message>
    <message>
        <source>Your own record of every share: what left, when, and to whom. Replies from your partner appear under the entry they answer.</source>
        <translation>Tu propio registro de todo lo que compartes: qué salió, cuándo y con quién. Las respuestas de tu pareja aparecen debajo de la entrada a la que responden.</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Lo compartido</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>You haven&apos;t shared anything yet.

When you choose to share an entry, it is recorded here, so you always know what your partner has — and you can withdraw it.</source>
        <translation>Todavía no has compartido nada.

Cuando decidas compartir una entrada, quedará anotada aquí, para que siempre sepas qué tiene tu pareja y puedas retirarla si quieres.</translation>
    </message>
    <message>
        <source>%1, shared on %2 with %3.</source>
        <translation>%1, que compartiste con %3 el %2.</translation>
    </message>
    <message>
        <source>Only the title and an excerpt were shared.</source>
        <translation>Solo se compartieron el título y un extracto.</translation>
    </message>
    <message>
        <source>You have edited this entry since; your partner has the earlier version.</source>
        <translation>Has editado esta entrada desde entonces; tu pareja tiene la versión anterior.</translation>
    </message>
    <message>
        <source>You have deleted this entry since; your partner still has what you shared.</source>
        <translation>Has eliminado esta entrada desde entonces; tu pareja todavía tiene lo que compartiste.</translation>
    </message>
    <message>
        <source>You withdrew it on %1.</source>
        <translation>Lo retiraste el %1.</translation>
    </message>
    <message>
        <source>%1 replied on %2</source>
        <translation>%1 respondió el %2</translation>
    </message>
    <message>
        <source>Save the withdrawal</source>
        <translation>Guardar el aviso de retirada</translation>
    </message>
    <message>
        <source>withdraw</source>
        <comment>file name</comment>
        <translation>retirada</translation>
    </message>
    <message>
        <source>Sealing the withdrawal…</source>
        <translation>Sellando el aviso de retirada…</translation>
    </message>
    <message>
        <source>The withdrawal is in your shared folder.</source>
        <translation>El aviso de retirada está en tu carpeta compartida.</translation>
    </message>
    <message>
        <source>The withdrawal is sealed in %1. Pass it on like the share itself.</source>
        <translation>El aviso de retirada está sellado en %1. Hazlo llegar a tu pareja igual que lo que compartiste.</translation>
    </message>
    <message>
        <source>The withdrawal could not be sealed. Nothing was changed.</source>
        <translation>No se pudo sellar el aviso de retirada. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>A shared folder (mailbox)</source>
        <translation>Una carpeta compartida (buzón)</translation>
    </message>
    <message>
        <source>If the two of you already sync a folder — with Syncthing, Nextcloud or a cloud drive — it can carry what you share. Sealed files are put there, and new ones from your partner are opened while your journal is unlocked.

Only sealed files go there: nobody who sees the folder can read them. Nothing is ever shared on its own; you still choose every entry.</source>
        <translation>Si ya sincronizas una carpeta con tu pareja (con Syncthing, Nextcloud o un servicio en la nube), esa carpeta puede llevar lo que compartes. Los archivos sellados se dejan ahí, y los nuevos que lleguen de tu pareja se abren mientras tu diario está desbloqueado.

Ahí solo van archivos sellados: nadie que vea la carpeta puede leerlos. Nunca se comparte nada por sí solo; sigues eligiendo tú cada entrada.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a shared folder</source>
        <translation>Elegir una carpeta compartida</translation>
    </message>
    <message>
        <source>Stop using a shared folder</source>
        <translation>Dejar de usar la carpeta compartida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No shared folder is set.</source>
        <translation>No hay ninguna carpeta compartida elegida.</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Carpeta compartida: %1</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>B&amp;uscar…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>New &amp;journal…</source>
        <translation>Nuevo &amp;diario…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;About Trust Journal</source>
        <translation>&amp;Acerca de Trust Journal</translation>
    </message>
    <message>
        <source>&amp;Open a shared file…</source>
        <translation>&amp;Abrir un archivo compartido…</translation>
    </message>
    <message>
        <source>&amp;Share selected entries…</source>
        <translation>&amp;Compartir las entradas seleccionadas…</translation>
    </message>
    <message>
        <source>&amp;Pair with my partner…</source>
        <translation>&amp;Vincular con mi pareja…</translation>
    </message>
    <message>
        <source>Shared &amp;folder (mailbox)…</source>
        <translation>Carpeta com&amp;partida (buzón)…</translation>
    </message>
    <message>
        <source>Counselling &amp;summary…</source>
        <translation>&amp;Resumen para la terapia…</translation>
    </message>
    <message>
        <source>Write a session &amp;note…</source>
        <translation>Escribir una nota de la &amp;sesión…</translation>
    </message>
    <message>
        <source>If you don&apos;t feel &amp;safe…</source>
        <translation>Si no te sientes a &amp;salvo…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Trust Journal</source>
        <translation>Trust Journal</translation>
    </message>
    <message>
        <source>Your latest words could not be saved, so the journal stays open for now. Copy them somewhere safe or try saving again.</source>
        <translation>No se pudieron guardar tus últimas palabras, así que el diario sigue abierto por ahora. Cópialas en un lugar seguro o vuelve a intentar guardarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n quiet minutes, to keep your words private.</source>
        <translation>
            <numerusform>El diario se bloqueó tras %n minuto sin actividad, para que tus palabras sigan siendo privadas.</numerusform>
            <numerusform>El diario se bloqueó tras %n minutos sin actividad, para que tus palabras sigan siendo privadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Trust Journal</source>
        <translation>Acerca de Trust Journal</translation>
    </message>
    <message>
        <source>A private journal for couples rebuilding trust. Your entries are encrypted on this computer and never leave it unless you choose to share or export them.</source>
        <translation>Un diario privado para parejas que están reconstruyendo la confianza. Tus entradas se cifran en este dispositivo y nunca salen de él, a menos que decidas compartirlas o exportarlas.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Write or preview</source>
        <translation>Escribir o ver la vista previa</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>Esc&amp;ribir</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
</context>
<context>
    <name>MoodPicker</name>
    <message>
        <source>No mood</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Mood %1 of 5: %2</source>
        <translation>Ánimo %1 de 5: %2</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>The name your journal is shown under. If you later pair with your partner, they will see it too.</source>
        <translation>El nombre con el que aparece tu diario. Si más adelante lo vinculas con el de tu pareja, también verá este nombre.</translation>
    </message>
    <message>
        <source>For example, your first name</source>
        <translation>Por ejemplo, tu nombre de pila</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
</context>
<context>
    <name>NoticedChangesPrompt</name>
    <message>
        <source>It has been a little while since you wrote down a change you noticed. Was there anything, however small?</source>
        <translation>Hace un tiempo que no anotas un cambio que hayas notado. ¿Hubo algo, por pequeño que fuera?</translation>
    </message>
    <message>
        <source>Write it down</source>
        <translation>Anotarlo</translation>
    </message>
    <message>
        <source>Write down a change you noticed</source>
        <translation>Anotar un cambio que notaste</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now: hide this for today</source>
        <translation>Ahora no: ocultar esto por hoy</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Pair with my partner</source>
        <translation>Vincular con mi pareja</translation>
    </message>
    <message>
        <source>Step 1 of 3 · Your card</source>
        <translation>Paso 1 de 3 · Tu tarjeta</translation>
    </message>
    <message>
        <source>Your card lets your partner&apos;s journal seal entries that only your journal can open. It holds your name and your public keys — none of your words. Give it to your partner: as a file, or as text in a message.</source>
        <translation>Tu tarjeta permite que el diario de tu pareja selle entradas que solo tu diario puede abrir. Contiene tu nombre y tus claves públicas — ninguna de tus palabras. Dásela a tu pareja: como archivo o como texto en un mensaje.</translation>
    </message>
    <message>
        <source>My card</source>
        <translation>Mi tarjeta</translation>
    </message>
    <message>
        <source>Copy my card</source>
        <translation>Copiar mi tarjeta</translation>
    </message>
    <message>
        <source>Save my card…</source>
        <translation>Guardar mi tarjeta…</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Guardar mi tarjeta</translation>
    </message>
    <message>
        <source>Next: my partner&apos;s card</source>
        <translation>Siguiente: la tarjeta de mi pareja</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Step 2 of 3 · Your partner&apos;s card</source>
        <translation>Paso 2 de 3 · La tarjeta de tu pareja</translation>
    </message>
    <message>
        <source>Open the card file your partner gave you, or paste its text below.</source>
        <translation>Abre el archivo de tarjeta que te dio tu pareja, o pega su texto aquí debajo.</translation>
    </message>
    <message>
        <source>Open a card file…</source>
        <translation>Abrir un archivo de tarjeta…</translation>
    </message>
    <message>
        <source>Open a card file</source>
        <translation>Abrir un archivo de tarjeta</translation>
    </message>
    <message>
        <source>Your partner&apos;s card</source>
        <translation>La tarjeta de tu pareja</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>You are paired</source>
        <translation>Tu diario ya está vinculado</translation>
    </message>
    <message>
        <source>From now on, each of you can choose to share an entry with the other. Nothing is shared automatically, and each of you can see what you have shared and withdraw it.</source>
        <translation>A partir de ahora, cada persona puede decidir compartir una entrada con la otra. Nada se comparte automáticamente, y cada una puede ver lo que ha compartido y retirarlo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>You are not paired with anyone yet.</source>
        <translation>Todavía no has vinculado tu diario con nadie.</translation>
    </message>
    <message>
        <source>You are paired with %1, since %2.</source>
        <translation>Tu diario está vinculado con el de %1 desde el %2.</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to your partner.</source>
        <translation>Copiada. Pégala en un mensaje para tu pareja.</translation>
    </message>
    <message>
        <source>Paste your partner&apos;s card first, or open its file.</source>
        <translation>Primero pega la tarjeta de tu pareja, o abre su archivo.</translation>
    </message>
    <message>
        <source>Then don&apos;t pair — nothing was changed. Ask your partner to give you their card again, directly, and compare once more.</source>
        <translation>Entonces no vincules los diarios — no se cambió nada. Pide a tu pareja que te vuelva a dar su tarjeta, en persona, y compara los números otra vez.</translation>
    </message>
</context>
<context>
    <name>PairingFiles</name>
    <message>
        <source>Save my card</source>
        <translation>Guardar mi tarjeta</translation>
    </message>
    <message>
        <source>A file with that name is already there. Choose another name.</source>
        <translation>Ya hay un archivo con ese nombre en esa carpeta. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Your card could not be saved there. Try another folder.</source>
        <translation>No se pudo guardar tu tarjeta ahí. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardada como %1.</translation>
    </message>
    <message>
        <source>Open my partner&apos;s card</source>
        <translation>Abrir la tarjeta de mi pareja</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation>Escríbela &amp;otra vez</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>A few unrelated words, with spaces between them, work well.</source>
        <translation>Unas cuantas palabras sin relación entre sí, separadas por espacios, funcionan bien.</translation>
    </message>
    <message>
        <source>Choose something only you would think of. A few unrelated words, with spaces between them, are easy to remember and hard to guess.</source>
        <translation>Elige algo que solo se te ocurriría a ti. Unas cuantas palabras sin relación entre sí, separadas por espacios, son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Please use at least 8 characters.</source>
        <translation>Usa al menos 8 caracteres, por favor.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords, so it is easy to guess.</source>
        <translation>Es una de las contraseñas más comunes, así que es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Your name is easy for others to guess.</source>
        <translation>Tu nombre es fácil de adivinar para otras personas.</translation>
    </message>
    <message>
        <source>Dates are easy to guess, even meaningful ones.</source>
        <translation>Las fechas son fáciles de adivinar, incluso las que tienen un significado especial.</translation>
    </message>
    <message>
        <source>Numbers alone are quick to guess.</source>
        <translation>Los números por sí solos se adivinan enseguida.</translation>
    </message>
    <message>
        <source>Runs like “abc”, “4321” or “qwerty” are easy to guess.</source>
        <translation>Las secuencias como “abc”, “4321” o “qwerty” son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeating letters or words adds little.</source>
        <translation>Repetir letras o palabras aporta poco.</translation>
    </message>
    <message>
        <source>This would be easy to guess. Adding another word or two makes it much stronger.</source>
        <translation>Sería fácil de adivinar. Con una o dos palabras más, será mucho más fuerte.</translation>
    </message>
    <message>
        <source>This will do. One more word would make it stronger still.</source>
        <translation>Es suficiente. Con una palabra más, sería todavía más fuerte.</translation>
    </message>
    <message>
        <source>This is a good passphrase. Make sure you will remember it.</source>
        <translation>Es una buena frase de contraseña. Asegúrate de que la vas a recordar.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>You will type it each time you open your journal. There is no way to recover the journal without the passphrase or the recovery code.</source>
        <translation>La escribirás cada vez que abras tu diario. Sin la frase de contraseña o el código de recuperación, no hay forma de recuperar el diario.</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <source>More about where you are</source>
        <translation>Más sobre dónde estás</translation>
    </message>
    <message>
        <source>More about where you are on the path</source>
        <translation>Más sobre en qué punto del camino estás</translation>
    </message>
</context>
<context>
    <name>PhasePath</name>
    <message>
        <source>The four phases of rebuilding</source>
        <translation>Las cuatro etapas de la reconstrucción</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>— you are here</source>
        <translation>— estás aquí</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Estás aquí</translation>
    </message>
</context>
<context>
    <name>PromiseRow</name>
    <message>
        <source> · last time: %1</source>
        <translation> · la última vez: %1</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Was due %1 days ago — how did it go?</source>
        <translation>Era para hace %1 días — ¿cómo fue?</translation>
    </message>
    <message>
        <source>Was due yesterday — how did it go?</source>
        <translation>Era para ayer — ¿cómo fue?</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Para mañana</translation>
    </message>
    <message>
        <source>Due in %1 days, on %2</source>
        <translation>Para dentro de %1 días, el %2</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Para el %1</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every day · today</source>
        <translation>Cada día · hoy</translation>
    </message>
    <message>
        <source>Every week · today</source>
        <translation>Cada semana · hoy</translation>
    </message>
    <message>
        <source>Every day, from %1</source>
        <translation>Cada día, a partir del %1</translation>
    </message>
    <message>
        <source>Every week · next on %1</source>
        <translation>Cada semana · la próxima, el %1</translation>
    </message>
    <message>
        <source>Every week, from %1</source>
        <translation>Cada semana, a partir del %1</translation>
    </message>
    <message>
        <source>You did what you said you would.</source>
        <translation>Hiciste lo que dijiste que harías.</translation>
    </message>
    <message>
        <source>Some of it happened. That counts, and it is worth saying.</source>
        <translation>Una parte sí se hizo. Eso cuenta, y vale la pena decirlo.</translation>
    </message>
    <message>
        <source>It didn&apos;t happen this time. Saying so honestly is part of repair.</source>
        <translation>Esta vez no se hizo. Decirlo con sinceridad es parte de la reparación.</translation>
    </message>
    <message>
        <source>You talked it over and agreed on something else. That is a normal, healthy part of keeping promises.</source>
        <translation>Lo hablaste con tu pareja y acordaste otra cosa. Es una parte normal y sana de cumplir las promesas.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open this promise</source>
        <translation>Abrir esta promesa</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo fue?</translation>
    </message>
    <message>
        <source>Note how it went:</source>
        <translation>Anota cómo fue:</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Marcar como %1</translation>
    </message>
</context>
<context>
    <name>PromisesSectionView</name>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>How it&apos;s going</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <source>All promises</source>
        <translation>Todas las promesas</translation>
    </message>
</context>
<context>
    <name>PromisesView</name>
    <message>
        <source>How your promises are going</source>
        <translation>Cómo van tus promesas</translation>
    </message>
    <message>
        <source>Renegotiating is normal: talking a promise over and agreeing on something that works better is part of keeping faith with each other.</source>
        <translation>Renegociar es normal: hablar de una promesa y acordar algo que funcione mejor forma parte de cuidar la confianza entre los dos.</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nueva promesa</translation>
    </message>
    <message>
        <source>Write a new promise</source>
        <translation>Escribir una nueva promesa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the outcome just noted</source>
        <translation>Deshacer lo que acabas de anotar</translation>
    </message>
    <message>
        <source>Write the new promise</source>
        <translation>Escribir la nueva promesa</translation>
    </message>
    <message>
        <source>How promises went, by month</source>
        <translation>Cómo fueron las promesas, por mes</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Each promise is counted in the month it was due (or made, without a date).</source>
        <translation>Cada promesa cuenta en el mes para el que era (o en el que se hizo, si no tiene fecha).</translation>
    </message>
    <message>
        <source>Noted: “%1” — %2.</source>
        <translation>Anotado: “%1” — %2.</translation>
    </message>
    <message>
        <source>Noted: “%1” — %2. Agreeing on something new is part of the work.</source>
        <translation>Anotado: “%1” — %2. Acordar algo nuevo es parte del trabajo.</translation>
    </message>
    <message>
        <source>Your promises could not be read just now.</source>
        <translation>No se pudieron leer tus promesas en este momento.</translation>
    </message>
    <message>
        <source>No open promises right now.</source>
        <translation>Ahora mismo no hay promesas abiertas.</translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n promesa abierta</numerusform>
            <numerusform>%n promesas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the coming week</source>
        <translation>
            <numerusform>%n para los próximos 7 días</numerusform>
            <numerusform>%n para los próximos 7 días</numerusform>
        </translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Para los próximos días</translation>
    </message>
    <message>
        <source>Open, later or without a date</source>
        <translation>Abiertas, para más adelante o sin fecha</translation>
    </message>
    <message>
        <source>… and %1 more open promises under “All promises”.</source>
        <translation>… y %1 promesas abiertas más en “Todas las promesas”.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>If you ever forget your passphrase, this recovery code is the only other way into your journal. It is shown only this once, so please print it or write it down now.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, este código de recuperación es la única otra forma de entrar en tu diario. Solo se muestra esta vez, así que imprímelo o anótalo ahora, por favor.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF file</source>
        <translation>Guardar el código de recuperación como archivo PDF</translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted. Keep the file somewhere private, or print it and then delete the file.</source>
        <translation>Un PDF guardado no está cifrado. Guarda el archivo en un lugar privado, o imprímelo y después elimina el archivo.</translation>
    </message>
    <message>
        <source>I have stored my recovery code somewhere &amp;safe</source>
        <translation>&amp;He guardado mi código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>I have stored my recovery code somewhere safe</source>
        <translation>He guardado mi código de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Print your recovery code</source>
        <translation>Imprimir tu código de recuperación</translation>
    </message>
    <message>
        <source>The sheet could not be printed. You can save it as a PDF instead.</source>
        <translation>No se pudo imprimir la hoja. Puedes guardarla como PDF en su lugar.</translation>
    </message>
    <message>
        <source>Sent to the printer. Please check that the page printed completely.</source>
        <translation>Enviado a la impresora. Comprueba que la página se haya impreso completa, por favor.</translation>
    </message>
    <message>
        <source>Trust Journal recovery code.pdf</source>
        <translation>Código de recuperación de Trust Journal.pdf</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Guardar tu código de recuperación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be saved. Please try another folder.</source>
        <translation>No se pudo guardar la hoja. Prueba con otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>Saved as {0}. Remember that this file is not encrypted: keep it private, or print it and delete the file.</source>
        <translation>Guardado como {0}. Recuerda que este archivo no está cifrado: guárdalo en un lugar privado, o imprímelo y elimina el archivo.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation>Elegir una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>¿Olvidaste tu frase de contraseña?</translation>
    </message>
    <message>
        <source>That happens. Type the recovery code you kept when you made this journal, then choose a new passphrase. Your entries stay exactly as they are.</source>
        <translation>Es algo que pasa. Escribe el código de recuperación que guardaste al crear este diario y después elige una nueva frase de contraseña. Tus entradas se quedan exactamente como están.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>Capitals, spaces and dashes do not matter.</source>
        <translation>No importan las mayúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Nueva &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Opening your journal</source>
        <translation>Abriendo tu diario</translation>
    </message>
    <message>
        <source>Set &amp;new passphrase</source>
        <translation>Guardar la &amp;nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Guardar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The journal could not be opened. Nothing in it was changed.</source>
        <translation>No se pudo abrir el diario. No se cambió nada en él.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Trust Journal recovery code</source>
        <translation>Código de recuperación de Trust Journal</translation>
    </message>
    <message>
        <source>Journal: </source>
        <translation>Diario: </translation>
    </message>
    <message>
        <source>Made on: </source>
        <translation>Fecha de creación: </translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens your journal so that you can choose a new one.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, este código abre tu diario para que puedas elegir una nueva.</translation>
    </message>
    <message>
        <source>How to keep it</source>
        <translation>Cómo guardarlo</translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe, such as with your important papers.</source>
        <translation>Guarda esta hoja en un lugar seguro, por ejemplo con tus documentos importantes.</translation>
    </message>
    <message>
        <source>Store it away from your computer, so that losing one never means losing both.</source>
        <translation>Guárdala lejos de tu equipo, para que perder una cosa nunca signifique perder las dos.</translation>
    </message>
    <message>
        <source>Anyone who has this code can open your journal, so keep it private.</source>
        <translation>Cualquier persona que tenga este código puede abrir tu diario, así que guárdalo en privado.</translation>
    </message>
    <message>
        <source>The code never uses the letters I, L, O or U: what looks like an O is the digit zero, and what looks like an I or L is the digit one. Capitals, spaces and dashes do not matter when you type it.</source>
        <translation>El código nunca usa las letras I, L, O ni U: lo que parece una O es el número cero, y lo que parece una I o una L es el número uno. Al escribirlo, no importan las mayúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <source>Trust Journal</source>
        <translation>Trust Journal</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Which partner are you?</source>
        <translation>¿Cuál de los dos eres?</translation>
    </message>
    <message>
        <source>Each of you keeps your own journal. This choice decides which sections yours offers; it is not a judgement of anyone.</source>
        <translation>Cada persona lleva su propio diario. Esta elección decide qué secciones ofrece el tuyo; no es un juicio sobre nadie.</translation>
    </message>
    <message>
        <source>Room for your feelings, the moments doubt comes back, your questions, needs and boundaries, and the changes you notice.</source>
        <translation>Espacio para tus sentimientos, los momentos en que vuelve la duda, tus preguntas, necesidades y límites, y los cambios que notes.</translation>
    </message>
    <message>
        <source>Room to own what happened, to be open day by day, to keep track of promises and of small acts of care.</source>
        <translation>Espacio para asumir lo que pasó, para ser transparente día a día y para llevar un registro de tus promesas y de los pequeños gestos de cariño.</translation>
    </message>
</context>
<context>
    <name>SafeMarkdownView</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <source>If you don&apos;t feel safe</source>
        <translation>Si no te sientes a salvo</translation>
    </message>
    <message>
        <source>If there is violence, threats or control in your relationship, this app is not the right tool, and your safety comes first.</source>
        <translation>Si en tu relación hay violencia, amenazas o control, esta aplicación no es la herramienta adecuada, y tu seguridad es lo primero.</translation>
    </message>
    <message>
        <source>Local support services and helplines can listen and help you plan. In an emergency, call your local emergency number.</source>
        <translation>Los servicios de apoyo y las líneas de ayuda de tu zona pueden escucharte y ayudarte a hacer un plan. En una emergencia, llama al número de emergencias de tu país.</translation>
    </message>
</context>
<context>
    <name>SafetyNoteLink</name>
    <message>
        <source>Read the safety note</source>
        <translation>Leer la nota de seguridad</translation>
    </message>
</context>
<context>
    <name>SafetyNumberPage</name>
    <message>
        <source>Step 3 of 3 · Compare the safety number</source>
        <translation>Paso 3 de 3 · Compara el número de seguridad</translation>
    </message>
    <message>
        <source>Sit together, or call each other, and read these numbers aloud. Pair only if every digit is the same on both screens. Don&apos;t compare them by message: a voice or a face is what makes this safe.</source>
        <translation>Con tu pareja a tu lado, o en una llamada, lee estos números en voz alta y comprueba que coinciden con los suyos. Vincula los diarios solo si cada cifra es igual en las dos pantallas. No los compares por mensaje: oír la voz o ver la cara de la otra persona es lo que hace que esto sea seguro.</translation>
    </message>
    <message>
        <source>They don&apos;t match</source>
        <translation>No coinciden</translation>
    </message>
    <message>
        <source>The numbers match — pair</source>
        <translation>Los números coinciden — vincular</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Número de seguridad</translation>
    </message>
    <message>
        <source>I have spoken with my partner, and they really have a new card.</source>
        <translation>He hablado con mi pareja, y de verdad tiene una tarjeta nueva.</translation>
    </message>
    <message>
        <source>My partner really has a new card</source>
        <translation>Mi pareja de verdad tiene una tarjeta nueva</translation>
    </message>
    <message>
        <source>Card of %1</source>
        <translation>Tarjeta de %1</translation>
    </message>
    <message>
        <source>Careful: this is not the card you paired with on %2. %1 may have made a new journal — or this card may not come from %1 at all. Ask them, by voice, before you go on.</source>
        <translation>Atención: esta no es la tarjeta con la que vinculaste tu diario el %2. Puede que %1 haya creado un diario nuevo — o puede que esta tarjeta ni siquiera venga de %1. Pregúntale de viva voz antes de seguir.</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>For next session</source>
        <translation>Para la próxima sesión</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Only for next session</source>
        <translation>Solo para la próxima sesión</translation>
    </message>
    <message>
        <source>Only entries for the next session</source>
        <translation>Solo las entradas para la próxima sesión</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Type a word or two to look through your titles and entries.</source>
        <translation>Escribe una o dos palabras para buscar en tus títulos y entradas.</translation>
    </message>
    <message>
        <source>Type a word to search for; punctuation alone finds nothing.</source>
        <translation>Escribe una palabra para buscar; solo con signos de puntuación no se encuentra nada.</translation>
    </message>
    <message>
        <source>No entries match. Try fewer words, or clear the filters.</source>
        <translation>Ninguna entrada coincide. Prueba con menos palabras, o quita los filtros.</translation>
    </message>
    <message>
        <source>No entries match. Try fewer words.</source>
        <translation>Ninguna entrada coincide. Prueba con menos palabras.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln entries found</source>
        <translation>
            <numerusform>Más de %Ln entrada encontrada</numerusform>
            <numerusform>Más de %Ln entradas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries found</source>
        <translation>
            <numerusform>%Ln entrada encontrada</numerusform>
            <numerusform>%Ln entradas encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <source>Share the selected entries</source>
        <translation>Compartir las entradas seleccionadas</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>This entry has changes that are not saved yet. Save them first?</source>
        <translation>Esta entrada tiene cambios que todavía no se han guardado. ¿Quieres guardarlos primero?</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first feeling.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primer sentimiento.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first trigger.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primer detonante.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first question.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera pregunta.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first need or boundary.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera necesidad o tu primer límite.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first change you noticed.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe el primer cambio que notes.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first accountability statement.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera entrada sobre tu responsabilidad.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first transparency note.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera nota de transparencia.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first promise.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera promesa.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first small action.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera pequeña acción.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first reflection.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera reflexión.</translation>
    </message>
    <message>
        <source>Nothing here yet. When you&apos;re ready, write your first session note.</source>
        <translation>Todavía no hay nada aquí. Cuando sientas que es el momento, escribe tu primera nota de la sesión.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Con el tiempo</translation>
    </message>
    <message>
        <source>Between us</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Longer thoughts, for yourself.</source>
        <translation>Pensamientos más largos, para ti.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de las sesiones</translation>
    </message>
    <message>
        <source>What came up in counselling, and what you want to remember.</source>
        <translation>Lo que surgió en la terapia de pareja y lo que quieres recordar.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Would counselling help?</source>
        <translation>¿Ayudaría la terapia de pareja?</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Compartido conmigo</translation>
    </message>
    <message>
        <source>What I shared</source>
        <translation>Lo que compartí</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Whatever you feel is allowed here.</source>
        <translation>Aquí cabe todo lo que sientas.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Moments that brought the doubt back, and what set them off.</source>
        <translation>Momentos en que volvió la duda, y lo que la despertó.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Things you want to understand, whenever you are ready to ask.</source>
        <translation>Cosas que quieres entender, para cuando te sientas con fuerzas para preguntar.</translation>
    </message>
    <message>
        <source>Needs &amp; boundaries</source>
        <translation>Necesidades y límites</translation>
    </message>
    <message>
        <source>What you need to feel safe, and the limits you set.</source>
        <translation>Lo que necesitas para sentirte a salvo, y los límites que pones.</translation>
    </message>
    <message>
        <source>Changes I noticed</source>
        <translation>Cambios que noté</translation>
    </message>
    <message>
        <source>Small signs that things are changing, when you see them.</source>
        <translation>Pequeñas señales de que las cosas están cambiando, cuando las veas.</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <source>Owning what you did, plainly and without excuses.</source>
        <translation>Asumir lo que hiciste, con claridad y sin excusas.</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <source>What you choose to be open about, offered freely.</source>
        <translation>Lo que eliges contar abiertamente, por tu propia iniciativa.</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>What you said you would do, and how it went.</source>
        <translation>Lo que dijiste que harías, y cómo fue.</translation>
    </message>
    <message>
        <source>Small actions</source>
        <translation>Pequeñas acciones</translation>
    </message>
    <message>
        <source>Small, everyday ways of showing up.</source>
        <translation>Formas pequeñas y cotidianas de estar presente.</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Detonante</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Change I noticed</source>
        <translation>Cambio que noté</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Small action</source>
        <translation>Pequeña acción</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <source>I was hurt</source>
        <translation>Me hicieron daño</translation>
    </message>
    <message>
        <source>I broke trust and want to repair it</source>
        <translation>Rompí la confianza y quiero repararla</translation>
    </message>
</context>
<context>
    <name>SelfCheckView</name>
    <message>
        <source>Would counselling help?</source>
        <translation>¿Ayudaría la terapia de pareja?</translation>
    </message>
    <message>
        <source>Signs that counselling could help</source>
        <translation>Señales de que la terapia de pareja podría ayudar</translation>
    </message>
    <message>
        <source>Finding help</source>
        <translation>Cómo encontrar ayuda</translation>
    </message>
    <message>
        <source>The journal is locked, so this was not saved.</source>
        <translation>El diario está bloqueado, así que esto no se guardó.</translation>
    </message>
</context>
<context>
    <name>SessionNoteDialog</name>
    <message>
        <source>Notes from our counselling session</source>
        <translation>Notas de nuestra sesión de terapia</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>What would you like to keep from today?</source>
        <translation>¿Qué te gustaría recordar de hoy?</translation>
    </message>
    <message>
        <source>A few words are plenty. This note stays in your journal, and your next counselling summary shows it.</source>
        <translation>Con unas pocas palabras basta. Esta nota se queda en tu diario y aparecerá en tu próximo resumen para la terapia.</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Día de la sesión</translation>
    </message>
    <message>
        <source>What I took away</source>
        <translation>Lo que me llevo</translation>
    </message>
    <message>
        <source>What stayed with you?</source>
        <translation>¿Con qué te quedaste?</translation>
    </message>
    <message>
        <source>What we agreed to try</source>
        <translation>Lo que acordamos probar</translation>
    </message>
    <message>
        <source>Anything you agreed to try before next time.</source>
        <translation>Lo que se acordó probar antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Todavía sin fecha</translation>
    </message>
    <message>
        <source>&amp;Day of the session</source>
        <translation>&amp;Día de la sesión</translation>
    </message>
    <message>
        <source>What I &amp;took away</source>
        <translation>Lo que me &amp;llevo</translation>
    </message>
    <message>
        <source>What we &amp;agreed to try</source>
        <translation>Lo que &amp;acordamos probar</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>&amp;Próxima sesión</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Write a takeaway, something to try, or the next session&apos;s day first.</source>
        <translation>Primero escribe algo que te llevas, algo que probar o el día de la próxima sesión.</translation>
    </message>
    <message>
        <source>The next session is before this one. Please check the two days.</source>
        <translation>La próxima sesión queda antes que esta. Revisa las dos fechas, por favor.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Minutos sin uso antes de bloquear</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Folder for journals</source>
        <translation>Carpeta de los diarios</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for journals</source>
        <translation>Elegir la carpeta de los diarios</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <source>Journals folder</source>
        <translation>Carpeta de los diarios</translation>
    </message>
    <message>
        <source>Settings never contain anything you wrote, and never your passphrase. Ctrl+L locks the journal at any time.</source>
        <translation>Los ajustes nunca contienen nada de lo que escribiste, ni tampoco tu frase de contraseña. Ctrl+L bloquea el diario en cualquier momento.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with your partner</source>
        <translation>Compartir con tu pareja</translation>
    </message>
    <message>
        <source>First, pair with your partner</source>
        <translation>Primero, vincúlate con tu pareja</translation>
    </message>
    <message>
        <source>What you share goes only to your partner&apos;s journal, and only after the two of you have paired once: you swap cards and check a number together, face to face or on a call.

Nothing is ever shared unless you choose it, one entry at a time.</source>
        <translation>Lo que compartes llega solo al diario de tu pareja, y solo después de vincular los dos diarios una vez: se intercambian las tarjetas y se comprueba un número entre los dos, en persona o por llamada.

Nunca se comparte nada que no elijas tú, entrada por entrada.</translation>
    </message>
    <message>
        <source>Pair with my partner…</source>
        <translation>Vincular con mi pareja…</translation>
    </message>
    <message>
        <source>Pair with my partner</source>
        <translation>Vincular con mi pareja</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Entries to share</source>
        <translation>Entradas para compartir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What will leave your journal</source>
        <translation>Lo que saldrá de tu diario</translation>
    </message>
    <message>
        <source>Only what you see here goes to %1, sealed so that only %1&apos;s journal can open it. Nothing else leaves.</source>
        <translation>Solo lo que ves aquí llega a %1, sellado para que únicamente el diario de %1 pueda abrirlo. No sale nada más.</translation>
    </message>
    <message>
        <source>Save the shared entries</source>
        <translation>Guardar las entradas compartidas</translation>
    </message>
    <message>
        <source>share</source>
        <comment>file name</comment>
        <translation>compartido</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Sellando…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are sealed for %1.</source>
        <translation>
            <numerusform>%n entrada está sellada para %1.</numerusform>
            <numerusform>%n entradas están selladas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is in your shared folder, where %1&apos;s journal will find it.</source>
        <translation>Ya está en tu carpeta compartida, donde el diario de %1 lo encontrará.</translation>
    </message>
    <message>
        <source>It is saved as %2. Pass the file to %1 however suits you both; only %1&apos;s journal can open it.</source>
        <translation>Se guardó como %2. Hazle llegar el archivo a %1 de la forma que mejor funcione para los dos; solo el diario de %1 puede abrirlo.</translation>
    </message>
    <message>
        <source>You can see it, and withdraw it, in what you have shared.</source>
        <translation>Puedes verlo, y retirarlo, en “Lo que compartí”.</translation>
    </message>
    <message>
        <source>This could not be shared. Nothing was sent or recorded.</source>
        <translation>No se pudo compartir. No se envió ni se registró nada.</translation>
    </message>
</context>
<context>
    <name>SharePreviewDelegate</name>
    <message>
        <source>title and excerpt only</source>
        <translation>solo título y extracto</translation>
    </message>
</context>
<context>
    <name>SharePreviewPanel</name>
    <message>
        <source>What will be shared</source>
        <translation>Lo que se compartirá</translation>
    </message>
    <message>
        <source>Share only the title and an excerpt</source>
        <translation>Compartir solo el título y un extracto</translation>
    </message>
    <message>
        <source>Only the title and the excerpt above will be shared; the rest stays here.</source>
        <translation>Solo se compartirán el título y el extracto de arriba; el resto se queda aquí.</translation>
    </message>
    <message>
        <source>mood: %1</source>
        <translation>ánimo: %1</translation>
    </message>
    <message>
        <source>A gentle thought before you send this:</source>
        <translation>Un pensamiento amable antes de enviar esto:</translation>
    </message>
</context>
<context>
    <name>SharedEntriesModel</name>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
</context>
<context>
    <name>SharedEntryDetail</name>
    <message>
        <source>What your partner shared</source>
        <translation>Lo que compartió tu pareja</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>A few words back, if you like: an answer, a thank-you, a question…</source>
        <translation>Unas palabras de vuelta, si quieres: una respuesta, un agradecimiento, una pregunta…</translation>
    </message>
    <message>
        <source>Send reply…</source>
        <translation>Enviar respuesta…</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Its words were removed from your journal when the withdrawal was opened.</source>
        <translation>Sus palabras se eliminaron de tu diario cuando se abrió la retirada.</translation>
    </message>
    <message>
        <source>mood: %1</source>
        <translation>ánimo: %1</translation>
    </message>
    <message>
        <source>%1 chose to share only the title and an excerpt.</source>
        <translation>%1 eligió compartir solo el título y un extracto.</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <source>You replied on %1</source>
        <translation>Respondiste el %1</translation>
    </message>
    <message>
        <source>Save your reply</source>
        <translation>Guardar tu respuesta</translation>
    </message>
    <message>
        <source>reply</source>
        <comment>file name</comment>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>Sealing your reply…</source>
        <translation>Sellando tu respuesta…</translation>
    </message>
    <message>
        <source>Your reply is in your shared folder.</source>
        <translation>Tu respuesta está en tu carpeta compartida.</translation>
    </message>
    <message>
        <source>Your reply is sealed in %1. Pass it on however suits you both.</source>
        <translation>Tu respuesta está sellada en %1. Hazla llegar de la forma que mejor funcione para los dos.</translation>
    </message>
    <message>
        <source>Your reply could not be sealed. Nothing was sent.</source>
        <translation>No se pudo sellar tu respuesta. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>SharedView</name>
    <message>
        <source>Shared with me</source>
        <translation>Compartido conmigo</translation>
    </message>
    <message>
        <source>Open a shared file…</source>
        <translation>Abrir un archivo compartido…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>Abrir un archivo compartido</translation>
    </message>
    <message>
        <source>Search shared</source>
        <translation>Buscar en lo compartido</translation>
    </message>
    <message>
        <source>Search what was shared with you</source>
        <translation>Buscar en lo que se compartió contigo</translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation>Entradas compartidas</translation>
    </message>
    <message>
        <source>Nothing shared with you matches these words.</source>
        <translation>Nada de lo que se compartió contigo coincide con estas palabras.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet.

Sharing is always your partner&apos;s own choice: when they decide to share an entry with you, it appears here — only what they chose, and only when they chose it. Nothing is ever shared automatically, in either direction.

If your partner gave you a shared file, open it with the button above.</source>
        <translation>Todavía no se ha compartido nada contigo.

Compartir es siempre una decisión de tu pareja. Cuando decida compartir una entrada contigo, aparecerá aquí: solo lo que haya elegido, y solo cuando lo haya elegido. Nunca se comparte nada de forma automática, en ninguna dirección.

Si tu pareja te dio un archivo compartido, ábrelo con el botón de arriba.</translation>
    </message>
    <message>
        <source>Kept apart from your own entries. What was shared can&apos;t be changed here.</source>
        <translation>Se guarda aparte de tus propias entradas. Lo compartido no se puede cambiar aquí.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared by %1 on %2</source>
        <translation>Compartida por %1 el %2</translation>
    </message>
    <message>
        <source>%1 withdrew this on %2</source>
        <translation>%1 la retiró el %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shared by %1 were added to Shared with me.</source>
        <translation>
            <numerusform>%n entrada compartida por %1 se añadió a “Compartido conmigo”.</numerusform>
            <numerusform>%n entradas compartidas por %1 se añadieron a “Compartido conmigo”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shared by %1 were updated to a newer version.</source>
        <translation>
            <numerusform>%n entrada compartida por %1 se actualizó a una versión más reciente.</numerusform>
            <numerusform>%n entradas compartidas por %1 se actualizaron a una versión más reciente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n replies to what you shared. You&apos;ll find them under each entry.</source>
        <translation>
            <numerusform>%1 respondió a algo que compartiste. Encontrarás la respuesta debajo de esa entrada.</numerusform>
            <numerusform>%1 envió %n respuestas a lo que compartiste. Las encontrarás debajo de cada entrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 withdrew %n entries they had shared. Their words have been removed.</source>
        <translation>
            <numerusform>%1 retiró una entrada que había compartido. Sus palabras se han eliminado.</numerusform>
            <numerusform>%1 retiró %n entradas que había compartido. Sus palabras se han eliminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>You had already opened this. Nothing has changed.</source>
        <translation>Ya habías abierto esto. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>This file from %1 held nothing new.</source>
        <translation>Este archivo de %1 no traía nada nuevo.</translation>
    </message>
    <message>
        <source>Something new was shared with you.</source>
        <translation>Se compartió algo nuevo contigo.</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <source>Choose one or more of your entries first — in Feelings, Promises or any other list — and then choose Share.</source>
        <translation>Primero elige una o varias de tus entradas (en Sentimientos, Promesas o cualquier otra lista) y luego elige Compartir.</translation>
    </message>
    <message>
        <source>Shared.</source>
        <translation>Compartido.</translation>
    </message>
    <message>
        <source>A file in your shared folder could not be opened: %1</source>
        <translation>No se pudo abrir un archivo de tu carpeta compartida: %1</translation>
    </message>
</context>
<context>
    <name>SincePage</name>
    <message>
        <source>When did the rebuilding start?</source>
        <translation>¿Cuándo empezó la reconstrucción?</translation>
    </message>
    <message>
        <source>Any date is fine, even a rough guess. It is only used to show where you are on the path.</source>
        <translation>Cualquier fecha sirve, aunque sea aproximada. Solo se usa para mostrar en qué punto del camino estás.</translation>
    </message>
    <message>
        <source>Start of the rebuilding</source>
        <translation>Inicio de la reconstrucción</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
</context>
<context>
    <name>SummaryChoices</name>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Shared by %1 on %2</source>
        <translation>Compartida por %1 el %2</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Counselling summary</source>
        <translation>Resumen para la terapia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Entries to bring</source>
        <translation>Entradas para llevar</translation>
    </message>
    <message>
        <source>&amp;Add entries…</source>
        <translation>&amp;Añadir entradas…</translation>
    </message>
    <message>
        <source>Add entries</source>
        <translation>Añadir entradas</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>A few words are enough.</source>
        <translation>Con unas pocas palabras basta.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Pap&amp;er</source>
        <translation>Pap&amp;el</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <source>Your entries marked “bring to next session” are ticked. Only what is ticked goes into the summary.</source>
        <translation>Tus entradas con “Llevar a la próxima sesión” ya aparecen marcadas. Solo lo que esté marcado entra en el resumen.</translation>
    </message>
    <message>
        <source>No entries of this period are marked to bring. You can add some, or print the summary as it is.</source>
        <translation>Ninguna entrada de este periodo está marcada para llevar. Puedes añadir alguna o imprimir el resumen tal como está.</translation>
    </message>
</context>
<context>
    <name>SummaryOutput</name>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>El resumen se envió a la impresora.</translation>
    </message>
    <message>
        <source>counselling-summary-%1.pdf</source>
        <comment>file name</comment>
        <translation>resumen-terapia-%1.pdf</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved to %1. This file is not encrypted: keep it private, and delete it when you no longer need it.</source>
        <translation>Se guardó en %1. Este archivo no está cifrado: mantenlo en privado y elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>The summary could not be saved. Nothing was written.</source>
        <translation>No se pudo guardar el resumen. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>Preview of the summary page</source>
        <translation>Vista previa de la página del resumen</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>No se pudo mostrar la vista previa.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Your timeline</source>
        <translation>Tu evolución</translation>
    </message>
    <message>
        <source>What is common now</source>
        <translation>Lo que es habitual ahora</translation>
    </message>
    <message>
        <source>Your months</source>
        <translation>Tus meses</translation>
    </message>
    <message>
        <source>Your months, in words</source>
        <translation>Tus meses, en palabras</translation>
    </message>
    <message>
        <source>Your mood each month, with the triggers you wrote and the changes you noticed. Every path has its own shape; these are here for you, not to judge.</source>
        <translation>Tu ánimo de cada mes, con los detonantes que escribiste y los cambios que notaste. Cada camino tiene su propia forma; esto está aquí para ti, no para juzgar.</translation>
    </message>
    <message>
        <source>Your mood each month, with the promises you kept and the transparency you shared. Every path has its own shape; these are here for you, not to judge.</source>
        <translation>Tu ánimo de cada mes, con las promesas que cumpliste y la transparencia que compartiste. Cada camino tiene su propia forma; esto está aquí para ti, no para juzgar.</translation>
    </message>
    <message>
        <source>Your start date, %1, is still ahead.</source>
        <translation>Tu fecha de inicio, %1, todavía no ha llegado.</translation>
    </message>
    <message>
        <source>You began today, %1.</source>
        <translation>Empezaste hoy, %1.</translation>
    </message>
    <message>
        <source>%1 (you began on %2).</source>
        <translation>%1 (empezaste el %2).</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <source>Rebuilding trust usually takes a year or more, at its own pace.</source>
        <translation>Reconstruir la confianza suele llevar un año o más, a su propio ritmo.</translation>
    </message>
    <message>
        <source>Your months could not be read just now.</source>
        <translation>No se pudieron leer tus meses en este momento.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Good evening, %1</source>
        <translation>Buenas noches, %1</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Buenos días, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Buenas tardes, %1</translation>
    </message>
    <message>
        <source>Write a new entry: %1</source>
        <translation>Escribir una entrada nueva: %1</translation>
    </message>
    <message>
        <source>Entries from the last seven days</source>
        <translation>Entradas de los últimos siete días</translation>
    </message>
    <message>
        <source>Nothing written in the last seven days. That&apos;s all right. When you&apos;re ready, one of the buttons above is a gentle place to start.</source>
        <translation>No hay nada escrito en los últimos siete días, y no pasa nada. Cuando quieras, cualquiera de los botones de arriba es una forma tranquila de empezar.</translation>
    </message>
    <message>
        <source>Write something</source>
        <translation>Escribir algo</translation>
    </message>
    <message>
        <source>Recent entries</source>
        <translation>Entradas recientes</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Your months will appear here once you have written a little.</source>
        <translation>Tus meses aparecerán aquí cuando hayas escrito un poco.</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Detonantes</translation>
    </message>
    <message>
        <source>Changes you noticed</source>
        <translation>Cambios que notaste</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>Transparency shared</source>
        <translation>Transparencia compartida</translation>
    </message>
    <message>
        <source>Mood (average, 1–5)</source>
        <translation>Ánimo (media, 1–5)</translation>
    </message>
    <message>
        <source>no mood noted</source>
        <translation>sin ánimo anotado</translation>
    </message>
    <message>
        <source>average mood %1 out of 5</source>
        <translation>ánimo medio de %1 sobre 5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Your months, as a chart</source>
        <translation>Tus meses, en un gráfico</translation>
    </message>
    <message>
        <source>Nothing to show yet: your months will appear once you have written.</source>
        <translation>Aún no hay nada que mostrar: tus meses aparecerán cuando hayas escrito algo.</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Trust Journal</source>
        <translation>Trust Journal</translation>
    </message>
    <message>
        <source>Your journal is locked. Only your passphrase opens it.</source>
        <translation>Tu diario está bloqueado. Solo tu frase de contraseña puede abrirlo.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>J&amp;ournal</source>
        <translation>Dia&amp;rio</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Opening your journal</source>
        <translation>Abriendo tu diario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>¿&amp;Olvidaste tu frase de contraseña?</translation>
    </message>
    <message>
        <source>Forgot passphrase</source>
        <translation>Olvidé mi frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation>&amp;Nuevo diario…</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Crear un diario nuevo</translation>
    </message>
    <message>
        <source>Open another folder…</source>
        <translation>Abrir otra carpeta…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>That passphrase doesn’t open this journal. Take your time and try again.</source>
        <translation>Esa frase de contraseña no abre este diario. Tómate tu tiempo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The journal could not be opened. Nothing in it was changed.</source>
        <translation>No se pudo abrir el diario. No se cambió nada de su contenido.</translation>
    </message>
    <message>
        <source>Open a journal folder</source>
        <translation>Abrir la carpeta de un diario</translation>
    </message>
    <message>
        <source>That folder does not hold a Trust Journal journal.</source>
        <translation>Esa carpeta no contiene un diario de Trust Journal.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Trust Journal</source>
        <translation>Te damos la bienvenida a Trust Journal</translation>
    </message>
    <message>
        <source>Trust Journal is a private place to write down what you feel, need and do while the two of you rebuild trust.</source>
        <translation>Trust Journal es un lugar privado para escribir lo que sientes, lo que necesitas y lo que haces mientras reconstruyes la confianza junto a tu pareja.</translation>
    </message>
    <message>
        <source>Everything you write stays encrypted on this computer; nothing is sent anywhere.</source>
        <translation>Todo lo que escribes se queda cifrado en este dispositivo; no se envía nada a ninguna parte.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a share</source>
        <translation>Retirar algo compartido</translation>
    </message>
    <message>
        <source>Withdraw “%1”?</source>
        <translation>¿Retirar “%1”?</translation>
    </message>
    <message>
        <source>Your partner&apos;s app will remove it when it opens the withdrawal. They may already have read it.</source>
        <translation>La aplicación de tu pareja la eliminará cuando abra la retirada. Es posible que tu pareja ya la haya leído.</translation>
    </message>
    <message>
        <source>A small sealed file carries the withdrawal to %1, the same way your share did. It stays in your list of shares, marked as withdrawn.</source>
        <translation>Un pequeño archivo sellado le lleva la retirada a %1, por la misma vía que lo que compartiste. La entrada sigue en tu lista de lo compartido, marcada como retirada.</translation>
    </message>
    <message>
        <source>Keep it shared</source>
        <translation>Mantenerla compartida</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>_AnyDateEdit</name>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
</context>
</TS>
