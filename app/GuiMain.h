#pragma once

namespace lunscope {

// Starts the desktop application (creates the QApplication). Implemented in GuiMain.cpp.
int runGui(int &argc, char **argv);

} // namespace lunscope
