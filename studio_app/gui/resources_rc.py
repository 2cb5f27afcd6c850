# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x03\xe5\
/\
* Studio App: ca\
lm teal accents \
on a light, read\
able desk UI. */\
\x0aQMainWindow, QD\
ialog { backgrou\
nd: #f6f7f8; }\x0aQ\
ListWidget#navig\
ation { backgrou\
nd: #24484b; col\
or: #e8f1f1; bor\
der: none; font-\
size: 14px; padd\
ing-top: 8px; }\x0a\
QListWidget#navi\
gation::item { p\
adding: 12px 16p\
x; }\x0aQListWidget\
#navigation::ite\
m:selected { bac\
kground: #3b7b80\
; color: white; \
}\x0aQLabel.heading\
, QLabel#heading\
 { font-size: 18\
px; font-weight:\
 600; color: #24\
484b; }\x0aQLabel#e\
rrorLabel { colo\
r: #8a1c1c; }\x0aQP\
ushButton { padd\
ing: 5px 12px; }\
\x0aQPushButton[pri\
mary=\x22true\x22] { b\
ackground: #2f6f\
73; color: white\
; border: 1px so\
lid #24484b; bor\
der-radius: 3px;\
 }\x0aQPushButton[p\
rimary=\x22true\x22]:d\
isabled { backgr\
ound: #e3e6e7; c\
olor: #8d9799; b\
order: 1px solid\
 #c8cecf; }\x0aQTab\
leView { backgro\
und: white; alte\
rnate-background\
-color: #f2f6f6;\
 gridline-color:\
 #e2e8e8; select\
ion-background-c\
olor: #cfe5e6; s\
election-color: \
black; }\x0aQHeader\
View::section { \
background: #e9e\
fef; padding: 4p\
x; border: none;\
 border-right: 1\
px solid #d6dfdf\
; }\x0a\
\x00\x00\x01\x94\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <rect x=\x224\x22\
 y=\x224\x22 width=\x2256\
\x22 height=\x2256\x22 rx\
=\x2212\x22 fill=\x22#2f6\
f73\x22/>\x0a  <circle\
 cx=\x2232\x22 cy=\x2220\x22\
 r=\x226\x22 fill=\x22#ff\
ffff\x22/>\x0a  <path \
d=\x22M14 46 C22 30\
, 42 30, 50 46\x22 \
stroke=\x22#ffffff\x22\
 stroke-width=\x225\
\x22 fill=\x22none\x22 st\
roke-linecap=\x22ro\
und\x22/>\x0a  <path d\
=\x22M32 27 L32 44\x22\
 stroke=\x22#ffffff\
\x22 stroke-width=\x22\
5\x22 stroke-lineca\
p=\x22round\x22/>\x0a</sv\
g>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x00(\xad#\
\x00s\
\x00t\x00y\x00l\x00e\x00.\x00q\x00s\x00s\
\x00\x0e\
\x0f\x05x\x07\
\x00s\
\x00t\x00u\x00d\x00i\x00o\x00-\x00a\x00p\x00p\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x03\xe9\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
