// Colours that carry a meaning (an error under a field, a warning, the demo
// banner), picked for the palette in use: fixed light-theme values are
// unreadable on a dark theme, so each has a light and a dark variant.
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace vp::StatusColors {

enum class Role
{
    Error,   // refused input, a failed step
    Warning, // a possible duplicate, an insecure address
    Success, // a passed check (always said in words too, never by colour alone)
};

// A palette whose window is darker than its text.
bool isDark(const QPalette &palette);
QColor text(Role role, const QPalette &palette);
QColor bannerBackground(const QPalette &palette);
QColor bannerText(const QPalette &palette);
// A pale background for a row that needs attention, and the text on it.
QColor attentionBackground(const QPalette &palette);
QColor attentionText(const QPalette &palette);
// The WCAG contrast ratio (1 to 21) of two colours.
double contrastRatio(const QColor &a, const QColor &b);
// Sets the widget's text colour (WindowText) to role's colour, from the
// palette it would have otherwise (its parent's).
void applyText(QWidget *widget, Role role);

} // namespace vp::StatusColors
