#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

namespace sim {

// The request parameters as PHP sees them: the query string wins over an
// application/x-www-form-urlencoded body, the last of repeated names wins,
// '+' decodes to a space and an invalid %-sequence stays as it is.
class RequestParams
{
public:
    // Bodies over PHP's post_max_size (8 MB) are dropped as PHP drops them.
    static constexpr qsizetype kPostMaxSize = 8 * 1024 * 1024;

    static RequestParams parse(const QByteArray &encodedQuery, const QByteArray &body,
                               bool bodyIsForm);
    static QByteArray urlDecode(const QByteArray &encoded);

    bool has(const QByteArray &name) const;
    QByteArray value(const QByteArray &name) const;
    // Every name in arrival order (query first), for the request log.
    QList<QPair<QByteArray, QByteArray>> all() const;

private:
    static void parseInto(const QByteArray &encoded, QHash<QByteArray, QByteArray> *map,
                          QList<QByteArray> *order);

    QHash<QByteArray, QByteArray> m_query;
    QHash<QByteArray, QByteArray> m_post;
    QList<QByteArray> m_queryOrder;
    QList<QByteArray> m_postOrder;
};

} // namespace sim
