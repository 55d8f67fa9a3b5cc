// What add_phone_alias and update_phone_alias accept, checked before anything
// is sent: the server silently strips characters it does not keep and cuts the
// id to its column, so an alias would be stored under another id or name than
// the one the user typed.
#pragma once

#include "model/Operation.h"

#include <QString>

namespace vp {

namespace AliasRules {

constexpr int MaxIdLength = 20;   // phones_alias.alias_id
constexpr int MaxNameLength = 50; // update_phone_alias refuses more

// The part of an alias a problem is about, so that a form can show it at its field.
enum class Field
{
    Id,
    Name,
    Logins,
};

struct Problem
{
    Field field = Field::Id;
    QString message; // empty: no problem
    bool isEmpty() const { return message.isEmpty(); }
};

// The first problem of the operation, with its field; empty when it may be sent.
Problem check(const Operation &operation);
// Empty when the operation may be sent; otherwise one translated sentence
// naming the field and, for a bad character, the character.
QString problem(const Operation &operation);

} // namespace AliasRules

} // namespace vp
