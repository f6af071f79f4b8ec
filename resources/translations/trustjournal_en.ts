<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CoachPanel</name>
    <message numerus="yes">
        <source>%n more are underlined in the text.</source>
        <translation>
            <numerusform>%n more is underlined in the text.</numerusform>
            <numerusform>%n more are underlined in the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Locked after %n quiet minutes, to keep your words private.</source>
        <translation>
            <numerusform>Locked after %n quiet minute, to keep your words private.</numerusform>
            <numerusform>Locked after %n quiet minutes, to keep your words private.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>More than %n entries found</source>
        <translation>
            <numerusform>More than %n entry found</numerusform>
            <numerusform>More than %n entries found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
</context>
</TS>
