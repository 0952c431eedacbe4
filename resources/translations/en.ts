<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChoosePage</name>
    <message numerus="yes">
        <location filename="../../stopncii_desktop/gui/pages/choose.py" line="+212"/>
        <source>%n file(s) chosen, %1 in all.</source>
        <translation>
            <numerusform>%n file chosen, %1 in all.</numerusform>
            <numerusform>%n files chosen, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) will be skipped because they are not photos or videos.</source>
        <translation>
            <numerusform>%n file will be skipped because it is not a photo or video.</numerusform>
            <numerusform>%n files will be skipped because they are not photos or videos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HashingPage</name>
    <message numerus="yes">
        <location filename="../../stopncii_desktop/gui/pages/hashing.py" line="+156"/>
        <source>Stopped. %n file(s) were finished and can be reviewed.</source>
        <translation>
            <numerusform>Stopped. %n file was finished and can be reviewed.</numerusform>
            <numerusform>Stopped. %n files were finished and can be reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../stopncii_desktop/gui/pages/review.py" line="+220"/>
        <source>%n file(s) will be protected.</source>
        <translation>
            <numerusform>%n file will be protected.</numerusform>
            <numerusform>%n files will be protected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <location filename="../../stopncii_desktop/gui/pages/settings.py" line="+399"/>
        <source>Added %n bank profile(s): %1.</source>
        <translation>
            <numerusform>Added %n bank profile: %1.</numerusform>
            <numerusform>Added %n bank profiles: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../../stopncii_desktop/gui/texts.py" line="+61"/>
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
