#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <vector>

class QJsonValue;

namespace lunscope {

// Writes a JSON document straight into bytes, laid out as QJsonDocument::Indented lays it out.
// Building a QJsonObject tree and serialising it cost a 512-LUN `--scan --json` a sixth of its
// CPU time and as much wall time, all of it after the scan; written as it goes, the document
// costs a few per cent of that. Keys come out in the order they are written.
//
// The caller keeps the nesting right (a key before every value inside an object, none inside an
// array); the writer asserts it in debug builds.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // Keys are our own ASCII field names: written without escaping.
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(const char *) = delete; // would otherwise become a bool
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void value(const QJsonValue &value); // any Qt JSON value, written as Qt writes it
    void nullValue();

    template<typename T>
    void field(QLatin1StringView name, const T &fieldValue)
    {
        key(name);
        value(fieldValue);
    }

    // The document so far; complete (with Qt's closing newline) once every object is closed.
    QByteArray take();

private:
    struct Level
    {
        bool isObject = false;
        bool empty = true;
    };

    void beginMember(); // the separator and indentation before an object's key
    void beforeValue();
    void open(char bracket, bool isObject);
    void close(char bracket);
    void indent(qsizetype depth);
    void string(QStringView text);

    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_keyWritten = false;
};

} // namespace lunscope
