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
    <message numerus="yes">
        <source>A thought on wording (%n notes)</source>
        <translation>
            <numerusform>A thought on wording</numerusform>
            <numerusform>A thought on wording (%n notes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWords</name>
    <message numerus="yes">
        <source>%n days since you started</source>
        <translation>
            <numerusform>%n day since you started</numerusform>
            <numerusform>%n days since you started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
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
    <name>PromisesView</name>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the coming week</source>
        <translation>
            <numerusform>%n due in the coming week</numerusform>
            <numerusform>%n due in the coming week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>More than %Ln entries found</source>
        <translation>
            <numerusform>More than %Ln entry found</numerusform>
            <numerusform>More than %Ln entries found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries found</source>
        <translation>
            <numerusform>%Ln entry found</numerusform>
            <numerusform>%Ln entries found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>%n entries are sealed for %1.</source>
        <translation>
            <numerusform>%n entry is sealed for %1.</numerusform>
            <numerusform>%n entries are sealed for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message numerus="yes">
        <source>%n entries shared by %1 were added to Shared with me.</source>
        <translation>
            <numerusform>%n entry shared by %1 was added to Shared with me.</numerusform>
            <numerusform>%n entries shared by %1 were added to Shared with me.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shared by %1 were updated to a newer version.</source>
        <translation>
            <numerusform>%n entry shared by %1 was updated to a newer version.</numerusform>
            <numerusform>%n entries shared by %1 were updated to a newer version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n replies to what you shared. You&apos;ll find them under each entry.</source>
        <translation>
            <numerusform>%1 replied to something you shared. You&apos;ll find it under that entry.</numerusform>
            <numerusform>%1 sent %n replies to what you shared. You&apos;ll find them under each entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 withdrew %n entries they had shared. Their words have been removed.</source>
        <translation>
            <numerusform>%1 withdrew an entry they had shared. Its words have been removed.</numerusform>
            <numerusform>%1 withdrew %n entries they had shared. Their words have been removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
</TS>
