// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf_subset_tagger.h"

#include <QByteArray>
#include <QIODevice>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace cw::report {
namespace {

constexpr qint64 kSlice = 1 << 20;
constexpr qint64 kMaxDictionary = 64 * 1024; // font dictionaries are far smaller

struct XrefEntry {
    int object;
    qint64 offset;
};

// Six capital letters derived from the name, so the same font gets the same tag every time.
QByteArray tagFor(const QByteArray& name) {
    quint32 h = 2166136261u;
    for (char c : name)
        h = (h ^ quint8(c)) * 16777619u;
    QByteArray tag(6, 'A');
    for (int i = 0; i < 6; ++i, h /= 26)
        tag[i] = char('A' + h % 26);
    return tag;
}

QByteArray tagged(QByteArray chunk) {
    static const QRegularExpression re(
        QStringLiteral("/(BaseFont|FontName) */([^/\\s<>\\[\\]()]+)"));
    QString text = QString::fromLatin1(chunk);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(2);
        out += text.mid(last, m.capturedStart() - last);
        out += QLatin1Char('/') + m.captured(1) + QStringLiteral(" /");
        if (name.size() > 7 && name.at(6) == QLatin1Char('+'))
            out += name; // already tagged
        else
            out += QString::fromLatin1(tagFor(name.toLatin1())) + QLatin1Char('+') + name;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out.toLatin1();
}

bool copyRange(QIODevice& in, QIODevice& out, qint64 from, qint64 to) {
    if (!in.seek(from))
        return false;
    const qint64 length = to - from;
    if (length <= kMaxDictionary) {
        QByteArray chunk = in.read(length);
        if (chunk.size() != length)
            return false;
        if (chunk.contains("/FontDescriptor") || chunk.contains("/BaseFont"))
            chunk = tagged(chunk);
        return out.write(chunk) == chunk.size();
    }
    for (qint64 done = 0; done < length;) {
        const QByteArray slice = in.read(std::min(kSlice, length - done));
        if (slice.isEmpty() || out.write(slice) != slice.size())
            return false;
        done += slice.size();
    }
    return true;
}

} // namespace

bool PdfSubsetTagger::copy(QIODevice& in, QIODevice& out) {
    const qint64 size = in.size();
    if (!in.seek(std::max<qint64>(0, size - 64)))
        return false;
    const QByteArray tail = in.read(64);
    const qsizetype at = tail.lastIndexOf("startxref");
    if (at < 0)
        return false;
    bool ok = false;
    const qint64 xrefOffset =
        tail.mid(at + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xrefOffset <= 0 || xrefOffset >= size || !in.seek(xrefOffset))
        return false;
    const QByteArray xref = in.read(size - xrefOffset);
    const QList<QByteArray> lines = xref.split('\n');
    if (lines.size() < 3 || !lines[0].startsWith("xref"))
        return false;
    const QList<QByteArray> header = lines[1].simplified().split(' ');
    const int first = header.value(0).toInt(), count = header.value(1).toInt();
    if (first != 0 || count <= 1 || lines.size() < count + 2)
        return false;
    std::vector<XrefEntry> objects;
    for (int i = 1; i < count; ++i) {
        const QByteArray& line = lines[i + 2];
        if (line.simplified().endsWith(" n"))
            objects.push_back({i, line.left(10).toLongLong()});
    }
    std::sort(objects.begin(), objects.end(),
              [](const XrefEntry& a, const XrefEntry& b) { return a.offset < b.offset; });
    std::vector<qint64> newOffsets(std::size_t(count), 0);
    if (objects.empty() || !copyRange(in, out, 0, objects.front().offset))
        return false;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        newOffsets[std::size_t(objects[i].object)] = out.pos();
        const qint64 end = i + 1 < objects.size() ? objects[i + 1].offset : xrefOffset;
        if (!copyRange(in, out, objects[i].offset, end))
            return false;
    }
    const qint64 newXref = out.pos();
    QByteArray table = "xref\n0 " + QByteArray::number(count) + "\n" + lines[2] + "\n";
    for (int i = 1; i < count; ++i) {
        if (newOffsets[std::size_t(i)] == 0) {
            table += lines[i + 2] + "\n"; // a free entry stays as it was
            continue;
        }
        table +=
            QByteArray::number(newOffsets[std::size_t(i)]).rightJustified(10, '0') + " 00000 n \n";
    }
    // The trailer dictionary names objects, not offsets: it is copied as it was.
    const qsizetype trailer = xref.indexOf("trailer");
    const qsizetype start = xref.indexOf("startxref");
    if (trailer < 0 || start < trailer)
        return false;
    table += xref.mid(trailer, start - trailer);
    table += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return out.write(table) == table.size();
}

} // namespace cw::report
