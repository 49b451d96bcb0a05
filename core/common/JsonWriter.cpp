#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <QLocale>

#include <cmath>
#include <utility>

namespace lunscope {

namespace {
constexpr qsizetype IndentWidth = 4; // QJsonDocument::Indented
// Doubles hold every integer up to 2^53 exactly; Qt writes integral values without a fraction.
constexpr double ExactIntegerLimit = 9007199254740992.0;
} // namespace

void JsonWriter::beginObject()
{
    open('{', true);
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject && !m_keyWritten);
    close('}');
}

void JsonWriter::beginArray()
{
    open('[', false);
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.empty() && !m_levels.back().isObject);
    close(']');
}

void JsonWriter::key(QLatin1StringView name)
{
    beginMember();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\": ";
}

void JsonWriter::beginMember()
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().isObject && !m_keyWritten);
    Level &level = m_levels.back();
    m_out += level.empty ? "\n" : ",\n";
    level.empty = false;
    indent(qsizetype(m_levels.size()));
    m_keyWritten = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    string(text);
}

void JsonWriter::value(QLatin1StringView text)
{
    value(QStringView(QString(text)));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &jsonValue)
{
    switch (jsonValue.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        nullValue();
        return;
    case QJsonValue::Bool:
        value(jsonValue.toBool());
        return;
    case QJsonValue::String:
        value(QStringView(jsonValue.toString()));
        return;
    case QJsonValue::Double: {
        const double number = jsonValue.toDouble();
        if (!std::isfinite(number)) {
            nullValue(); // as Qt writes them: JSON has no infinities
        } else if (std::trunc(number) == number && std::fabs(number) < ExactIntegerLimit) {
            value(jsonValue.toInteger(qint64(number)));
        } else {
            beforeValue();
            m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        }
        return;
    }
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : jsonValue.toArray())
            value(element);
        endArray();
        return;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = jsonValue.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // Keys from Qt objects may need escaping, unlike our field names.
            beginMember();
            string(it.key());
            m_out += ": ";
            value(it.value());
        }
        endObject();
        return;
    }
    }
}

QByteArray JsonWriter::take()
{
    Q_ASSERT(m_levels.empty());
    m_out += '\n';
    return std::exchange(m_out, {});
}

void JsonWriter::beforeValue()
{
    if (m_levels.empty())
        return; // the document itself
    Level &level = m_levels.back();
    if (level.isObject) {
        Q_ASSERT(m_keyWritten);
        m_keyWritten = false;
        return;
    }
    m_out += level.empty ? "\n" : ",\n";
    level.empty = false;
    indent(qsizetype(m_levels.size()));
}

void JsonWriter::open(char bracket, bool isObject)
{
    beforeValue();
    m_out += bracket;
    m_levels.push_back({isObject, true});
}

void JsonWriter::close(char bracket)
{
    m_levels.pop_back();
    // Qt writes even an empty container over two lines: "[\n    ]".
    m_out += '\n';
    indent(qsizetype(m_levels.size()));
    m_out += bracket;
}

void JsonWriter::indent(qsizetype depth)
{
    m_out.append(depth * IndentWidth, ' ');
}

void JsonWriter::string(QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    m_out += '"';
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            // A run of non-ASCII characters goes through Qt's UTF-8 encoder (surrogate pairs
            // included), the rest byte by byte.
            qsizetype end = i + 1;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            m_out += text.sliced(i, end - i).toUtf8();
            i = end;
            continue;
        }
        ++i;
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            m_out += char(c);
            continue;
        }
        switch (c) {
        case u'"': m_out += "\\\""; break;
        case u'\\': m_out += "\\\\"; break;
        case u'\b': m_out += "\\b"; break;
        case u'\f': m_out += "\\f"; break;
        case u'\n': m_out += "\\n"; break;
        case u'\r': m_out += "\\r"; break;
        case u'\t': m_out += "\\t"; break;
        default:
            m_out += "\\u00";
            m_out += Hex[c >> 4];
            m_out += Hex[c & 0xf];
        }
    }
    m_out += '"';
}

} // namespace lunscope
