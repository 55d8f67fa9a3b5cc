// Keyboard order for widgets built in code. A widget created with a parent is
// appended to the end of its window's focus chain, so a form inserted into a
// window after setupUi() would be reached with Tab only after everything else.
#pragma once

class QWidget;

namespace vp {

namespace FocusOrder {

// Moves the Tab stops inside `embedded` (keeping their own order) to where
// its parent sits in the window's focus chain, i.e. where it sits in the
// layout. Call it at the end of the embedded widget's constructor, which is
// created with its parent; a no-op for a window or when no Tab stop precedes.
void placeInWindow(QWidget *embedded);

} // namespace FocusOrder

} // namespace vp
