#include "widgets/FocusOrder.h"

#include <QList>
#include <QWidget>

namespace vp {

namespace {

// A widget Tab stops on itself (a focus proxy hands the stop to another one).
bool isTabStop(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

} // namespace

void FocusOrder::placeInWindow(QWidget *embedded)
{
    QWidget *window = embedded->window();
    QWidget *host = embedded->parentWidget();
    if (window == embedded || !host)
        return;
    // The window's chain holds every widget in creation order, containers
    // too (the widget tree is no guide: a stacked layout lowers its pages).
    // The host was created where the embedded widget sits in the layout, so
    // the embedded stops belong after the last stop of the host's part of the
    // chain. They are themselves still at the end, where they were created.
    QWidget *anchor = nullptr;
    QWidget *lastStop = nullptr;
    QList<QWidget *> stops;
    for (QWidget *w = window->nextInFocusChain(); w != window; w = w->nextInFocusChain()) {
        if (embedded->isAncestorOf(w)) {
            if (isTabStop(w))
                stops.append(w);
            continue;
        }
        if (w == embedded)
            continue;
        if (isTabStop(w))
            lastStop = w;
        if (w == host || host->isAncestorOf(w))
            anchor = lastStop;
    }
    // Nothing before it to follow: it stays where it is (setTabOrder can
    // only put a widget after another).
    if (!anchor)
        return;
    QWidget *previous = anchor;
    for (QWidget *stop : std::as_const(stops)) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
}

} // namespace vp
