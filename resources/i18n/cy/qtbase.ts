<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<!-- Qt's own words (standard buttons, text menus, message boxes): Qt ships no Welsh for them.
     Written by hand; scripts/translations.sh update leaves this file alone. -->
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Iawn</translation></message>
    <message><source>Save</source><translation>Cadw</translation></message>
    <message><source>Save All</source><translation>Cadw'r cyfan</translation></message>
    <message><source>Open</source><translation>Agor</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ie</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ie i'r &amp;cyfan</translation></message>
    <message><source>&amp;No</source><translation>&amp;Na</translation></message>
    <message><source>N&amp;o to All</source><translation>N&amp;a i'r cyfan</translation></message>
    <message><source>Abort</source><translation>Rhoi'r gorau iddi</translation></message>
    <message><source>Retry</source><translation>Ceisio eto</translation></message>
    <message><source>Ignore</source><translation>Anwybyddu</translation></message>
    <message><source>Close</source><translation>Cau</translation></message>
    <message><source>Cancel</source><translation>Canslo</translation></message>
    <message><source>Discard</source><translation>Taflu</translation></message>
    <message><source>Help</source><translation>Cymorth</translation></message>
    <message><source>Apply</source><translation>Rhoi ar waith</translation></message>
    <message><source>Reset</source><translation>Ailosod</translation></message>
    <message><source>Restore Defaults</source><translation>Adfer y rhagosodiadau</translation></message>
    <message><source>Close without Saving</source><translation>Cau heb gadw</translation></message>
    <message><source>Don't Save</source><translation>Peidio â chadw</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Dadwneud</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ailwneud</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Torri</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copïo</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Gludo</translation></message>
    <message><source>Delete</source><translation>Dileu</translation></message>
    <message><source>Select All</source><translation>Dewis y cyfan</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Dadwneud</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ailwneud</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Torri</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copïo</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Copïo &amp;lleoliad y ddolen</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Gludo</translation></message>
    <message><source>Delete</source><translation>Dileu</translation></message>
    <message><source>Select All</source><translation>Dewis y cyfan</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Dangos y manylion...</translation></message>
    <message><source>Hide Details...</source><translation>Cuddio'r manylion...</translation></message>
    <message><source>OK</source><translation>Iawn</translation></message>
</context>
<context>
    <name>QShortcut</name>
    <message><source>Ctrl</source><translation>Ctrl</translation></message>
    <message><source>Shift</source><translation>Shift</translation></message>
    <message><source>Alt</source><translation>Alt</translation></message>
</context>
</TS>
