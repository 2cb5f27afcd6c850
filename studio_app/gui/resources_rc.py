# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x04\xa9\
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
}\x0aQLabel#bannerL\
abel { padding: \
8px 12px; border\
-radius: 4px; }\x0a\
QLabel[kind=\x22err\
or\x22] { backgroun\
d: #fde8e8; colo\
r: #8a1c1c; bord\
er: 1px solid #f\
3b4b4; }\x0aQLabel[\
kind=\x22info\x22] { b\
ackground: #e6f4\
ea; color: #1e5b\
2f; border: 1px \
solid #b7dfc2; }\
\x0aQLabel.heading,\
 QLabel#heading \
{ font-size: 18p\
x; font-weight: \
600; color: #244\
84b; }\x0aQLabel#er\
rorLabel { color\
: #8a1c1c; }\x0aQPu\
shButton { paddi\
ng: 5px 12px; }\x0a\
QPushButton[prim\
ary=\x22true\x22] { ba\
ckground: #2f6f7\
3; color: white;\
 border: 1px sol\
id #24484b; bord\
er-radius: 3px; \
}\x0aQPushButton[pr\
imary=\x22true\x22]:di\
sabled { backgro\
und: #9bbcbe; }\x0a\
QTableView { bac\
kground: white; \
alternate-backgr\
ound-color: #f2f\
6f6; gridline-co\
lor: #e2e8e8; se\
lection-backgrou\
nd-color: #cfe5e\
6; selection-col\
or: black; }\x0aQHe\
aderView::sectio\
n { background: \
#e9efef; padding\
: 4px; border: n\
one; border-righ\
t: 1px solid #d6\
dfdf; }\x0a\
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
\x00\x00\x00(\x00\x00\x00\x00\x00\x01\x00\x00\x04\xad\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
