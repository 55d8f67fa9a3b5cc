#include "widgets/StatusColors.h"

#include <cmath>
#include <QWidget>

namespace vp::StatusColors {

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) <
           luminance(palette.color(QPalette::WindowText));
}

QColor text(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Error:
        return dark ? QColor(0xfc, 0xa5, 0xa5) : QColor(0xb9, 0x1c, 0x1c);
    case Role::Warning:
        return dark ? QColor(0xfc, 0xd3, 0x4d) : QColor(0x92, 0x40, 0x0e);
    case Role::Success:
        return dark ? QColor(0x86, 0xef, 0xac) : QColor(0x16, 0x65, 0x34);
    }
    return palette.color(QPalette::WindowText);
}

QColor bannerBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x45, 0x1a, 0x03) : QColor(0xfe, 0xf3, 0xc7);
}

QColor bannerText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xfd, 0xe6, 0x8a) : QColor(0x78, 0x35, 0x0f);
}

QColor attentionBackground(const QPalette &palette)
{
    return bannerBackground(palette);
}

QColor attentionText(const QPalette &palette)
{
    return bannerText(palette);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void applyText(QWidget *widget, Role role)
{
    const QPalette base =
        widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, text(role, base));
    widget->setPalette(palette);
}

} // namespace vp::StatusColors
