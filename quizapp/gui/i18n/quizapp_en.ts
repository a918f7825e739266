<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only: the interface is written in English, and Qt picks "1 day" or
     "2 days" from here. pyside6-lupdate does not see a plural whose count is a variable, so these
     entries are written by hand; tests/gui/test_translations.py keeps them in step with the code. -->
<TS version="2.1" language="en_US">
<context>
    <name>Browse</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row</source>
        <translation>
            <numerusform>Streak: %n day in a row</numerusform>
            <numerusform>Streak: %n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message numerus="yes">
        <source>Reset: removed %n item(s).</source>
        <translation>
            <numerusform>Reset: removed %n item.</numerusform>
            <numerusform>Reset: removed %n items.</numerusform>
        </translation>
    </message>
</context>
</TS>
