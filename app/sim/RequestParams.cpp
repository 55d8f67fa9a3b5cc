#include "RequestParams.h"

namespace sim {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray RequestParams::urlDecode(const QByteArray &encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '+') {
            out.append(' ');
        } else if (c == '%' && i + 2 < encoded.size() && hexValue(encoded.at(i + 1)) >= 0 &&
                   hexValue(encoded.at(i + 2)) >= 0) {
            out.append(char(hexValue(encoded.at(i + 1)) * 16 + hexValue(encoded.at(i + 2))));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

void RequestParams::parseInto(const QByteArray &encoded, QHash<QByteArray, QByteArray> *map,
                              QList<QByteArray> *order)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = urlDecode(eq < 0 ? pair : pair.left(eq));
        if (name.isEmpty())
            continue;
        if (!map->contains(name))
            order->append(name);
        map->insert(name, eq < 0 ? QByteArray() : urlDecode(pair.mid(eq + 1)));
    }
}

RequestParams RequestParams::parse(const QByteArray &encodedQuery, const QByteArray &body,
                                   bool bodyIsForm)
{
    RequestParams params;
    parseInto(encodedQuery, &params.m_query, &params.m_queryOrder);
    if (bodyIsForm && body.size() <= kPostMaxSize)
        parseInto(body, &params.m_post, &params.m_postOrder);
    return params;
}

bool RequestParams::has(const QByteArray &name) const
{
    return m_query.contains(name) || m_post.contains(name);
}

QByteArray RequestParams::value(const QByteArray &name) const
{
    const auto q = m_query.constFind(name);
    if (q != m_query.cend())
        return *q;
    return m_post.value(name);
}

QList<QPair<QByteArray, QByteArray>> RequestParams::all() const
{
    QList<QPair<QByteArray, QByteArray>> list;
    for (const QByteArray &name : m_queryOrder)
        list.append({name, m_query.value(name)});
    for (const QByteArray &name : m_postOrder) {
        if (!m_query.contains(name))
            list.append({name, m_post.value(name)});
    }
    return list;
}

} // namespace sim
