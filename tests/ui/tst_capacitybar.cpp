// The capacity pictures: segment geometry with exact numbers, pixels of a rendered bar, colours
// that stay readable on light and dark palettes, tooltips with exact bytes, and the ranking.
#include "discovery/CapacityBar.h"
#include "widgets/CapacityPalette.h"
#include "discovery/CapacityRanking.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr quint64 MiB = 1024 * 1024;
using Segment = CapacityBar::Segment;
using Sizes = QList<std::uint64_t>;

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return palette;
}

} // namespace

class TestCapacityBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void segmentsAreProportional()
    {
        // 64 + 32 + 10 MiB on 400 px: boundaries at round(400 × 64/106) = 242 and
        // round(400 × 96/106) = 362.
        const QList<Segment> segments = CapacityBar::segments(QRect(0, 0, 400, 20), {64 * MiB, 32 * MiB, 10 * MiB});
        const QList<Segment> expected{{0, QRect(0, 0, 242, 20)}, {1, QRect(242, 0, 120, 20)}, {2, QRect(362, 0, 38, 20)}};
        QCOMPARE(segments, expected);
    }

    void segmentsSkipEmptyItemsAndKeepTheOffset()
    {
        const QList<Segment> segments = CapacityBar::segments(QRect(10, 5, 300, 10), {0, 100, 0, 200});
        const QList<Segment> expected{{1, QRect(10, 5, 100, 10)}, {3, QRect(110, 5, 200, 10)}};
        QCOMPARE(segments, expected);
    }

    void noSegmentsWithoutCapacity()
    {
        QVERIFY(CapacityBar::segments(QRect(0, 0, 100, 10), {}).isEmpty());
        QVERIFY(CapacityBar::segments(QRect(0, 0, 100, 10), {0, 0}).isEmpty());
        QVERIFY(CapacityBar::segments(QRect(0, 0, 0, 10), {5}).isEmpty());
    }

    void segmentsTileTheBarExactly_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<Sizes>("sizes");
        QTest::newRow("thirds") << 100 << Sizes{1, 1, 1};
        QTest::newRow("primes") << 997 << Sizes{2, 3, 5, 7, 11, 13, 17};
        QTest::newRow("huge LUNs do not overflow") << 101 << Sizes{1ull << 62, 1ull << 62, 3};
        QTest::newRow("tiny next to huge") << 640 << Sizes{1ull << 50, 512, 1ull << 40};
        Sizes many;
        for (int i = 1; i <= 500; ++i)
            many.append(std::uint64_t(i) * 4096);
        QTest::newRow("500 LUNs") << 1000 << many;
    }

    void segmentsTileTheBarExactly()
    {
        QFETCH(int, width);
        QFETCH(Sizes, sizes);
        const QList<Segment> segments = CapacityBar::segments(QRect(3, 0, width, 8), sizes);
        int x = 3;
        long double total = 0;
        for (std::uint64_t size : sizes)
            total += size;
        long double before = 0;
        int next = 0;
        for (qsizetype i = 0; i < sizes.size(); ++i) {
            const long double after = before + sizes.at(i);
            const int expectedWidth = int(std::llround(width * after / total)) - int(std::llround(width * before / total));
            before = after;
            if (sizes.at(i) == 0)
                continue;
            const Segment &segment = segments.at(next++);
            QCOMPARE(segment.item, int(i));
            QCOMPARE(segment.rect.left(), x); // no gap, no overlap
            QCOMPARE(segment.rect.width(), expectedWidth);
            x += segment.rect.width();
        }
        QCOMPARE(next, segments.size());
        QCOMPARE(x, 3 + width);
    }

    void renderedSegmentsHaveTheirColours()
    {
        CapacityBar bar;
        bar.setPalette(QApplication::style()->standardPalette());
        bar.resize(402, 40);
        bar.setItems({{u"LUN 1"_s, {}, 64 * MiB, 1}, {u"LUN 2"_s, {}, 32 * MiB, 2}});
        QImage image(bar.size(), QImage::Format_ARGB32);
        bar.render(&image);
        const QList<Segment> segments = bar.segments();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0).rect.width(), 267); // 400 × 64/96, rounded
        QCOMPARE(segments.at(1).rect.width(), 133);
        // Corners of the segments: away from the centred labels and from the separator line.
        const QPoint first = segments.at(0).rect.topLeft() + QPoint(3, 3);
        const QPoint second = segments.at(1).rect.bottomRight() - QPoint(3, 3);
        QCOMPARE(image.pixelColor(first), bar.segmentColor(0));
        QCOMPARE(image.pixelColor(second), bar.segmentColor(1));
        QVERIFY(bar.segmentColor(0) != bar.segmentColor(1));
    }

    void selectedSegmentIsDrawnWithTheHighlight_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void selectedSegmentIsDrawnWithTheHighlight()
    {
        QFETCH(bool, dark);
        QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
            palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        }
        CapacityBar bar;
        bar.setPalette(palette);
        bar.resize(402, 40);
        bar.setItems({{u"LUN 1"_s, {}, 64 * MiB, 1}, {u"LUN 2"_s, {}, 32 * MiB, 2}});
        const auto render = [&bar]() {
            QImage image(bar.size(), QImage::Format_ARGB32);
            bar.render(&image);
            return image;
        };
        const QList<Segment> segments = bar.segments();
        const QPoint topMiddle0(segments.at(0).rect.center().x(), segments.at(0).rect.top());
        const QPoint topMiddle1(segments.at(1).rect.center().x(), segments.at(1).rect.top());
        const QPoint leftEdge1 = segments.at(1).rect.topLeft() + QPoint(1, segments.at(1).rect.height() / 2);
        QCOMPARE(render().pixelColor(topMiddle1), bar.segmentColor(1)); // nothing selected: plain

        bar.setSelectedKey(2); // LUN 2
        const QImage image = render();
        const QColor highlight = palette.color(QPalette::Highlight);
        QCOMPARE(image.pixelColor(topMiddle1), highlight);
        QCOMPARE(image.pixelColor(topMiddle1 + QPoint(0, 1)), highlight);
        QCOMPARE(image.pixelColor(leftEdge1), highlight); // past the separator line
        QCOMPARE(image.pixelColor(topMiddle0), bar.segmentColor(0)); // the other one stays plain
        // Inside the ring a line in the label colour: it stands out on its segment whatever the
        // hues of the highlight and the segment.
        const QColor inside = image.pixelColor(topMiddle1 + QPoint(0, 2));
        QCOMPARE(inside, CapacityPalette::textOn(bar.segmentColor(1)));
        QVERIFY(contrast(inside, bar.segmentColor(1)) >= 3.0);
    }

    void coloursAreReadableOnLightAndDarkPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void coloursAreReadableOnLightAndDarkPalettes()
    {
        QFETCH(QPalette, palette);
        for (int i = 0; i < 16; ++i) {
            const QColor segment = CapacityPalette::segment(i, palette);
            // Labels inside: WCAG AA for large text at least.
            QVERIFY2(contrast(segment, CapacityPalette::textOn(segment)) >= 3.0, qPrintable(segment.name()));
            // The segment stands out from the window around it and from its neighbour.
            QVERIFY2(contrast(segment, palette.color(QPalette::Window)) >= 1.4, qPrintable(segment.name()));
            QVERIFY(segment != CapacityPalette::segment(i + 1, palette));
        }
        QVERIFY(CapacityPalette::isDark(darkPalette()));
        QVERIFY(!CapacityPalette::isDark(QApplication::style()->standardPalette()));
    }

    void tooltipsAndClicks()
    {
        CapacityBar bar;
        bar.resize(402, 40);
        bar.setItems({{u"LUN 1"_s, u"DISK-A"_s, 64 * MiB, 1}, {u"LUN 3"_s, u"DISK-C"_s, 10 * MiB, 3}});
        QCOMPARE(bar.totalBytes(), 74 * MiB);
        QCOMPARE(bar.toolTipFor(0), u"LUN 1 — DISK-A\n64.0 MiB (67,108,864 bytes)\n86.5% of the target"_s);
        QSignalSpy activated(&bar, &CapacityBar::itemActivated);
        const QRect second = bar.segments().at(1).rect;
        QCOMPARE(bar.itemAt(second.center()), 1);
        QCOMPARE(bar.itemAt(QPoint(-5, -5)), -1);
        QTest::mouseClick(&bar, Qt::LeftButton, {}, second.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 3);
    }

    void rankingIsLargestFirstAndProportional()
    {
        QCOMPARE(CapacityRanking::barWidths(200, {100, 50, 0, 25}), (QList<int>{200, 100, 0, 50}));
        QCOMPARE(CapacityRanking::barWidths(200, {0, 0}), (QList<int>{0, 0}));
        CapacityRanking ranking;
        ranking.resize(500, 200);
        ranking.setItems({{u"small"_s, {}, 10, 0}, {u"big"_s, {}, 40, 1}, {u"middle"_s, {}, 20, 2}, {u"tie"_s, {}, 20, 3}});
        QStringList order;
        for (const CapacityItem &item : ranking.items())
            order << item.label;
        QCOMPARE(order, (QStringList{u"big"_s, u"middle"_s, u"tie"_s, u"small"_s}));
        const QList<CapacityRanking::Row> rows = ranking.rows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).bar.width() * 2, rows.at(0).bar.width());
        QCOMPARE(rows.at(3).bar.width() * 4, rows.at(0).bar.width());
        QSignalSpy activated(&ranking, &CapacityRanking::itemActivated);
        QTest::mouseClick(&ranking, Qt::LeftButton, {}, rows.at(2).label.center());
        QCOMPARE(activated.at(0).at(0).toInt(), 3);
        QVERIFY(ranking.minimumSizeHint().height() >= 4 * ranking.rowHeight());
    }

    void rankingTellsUnknownFromEmpty()
    {
        CapacityRanking ranking;
        ranking.resize(500, 200);
        CapacityItem locked{u"backup"_s, u"Not known until you log in"_s, 0, 0};
        locked.known = false;
        const CapacityItem empty{u"empty"_s, u"No data LUNs (controller only)"_s, 0, 1};
        const CapacityItem web{u"web"_s, u"3 LUN(s) + controller"_s, 96 * MiB, 2};
        ranking.setItems({locked, empty, web});
        QStringList order;
        for (const CapacityItem &item : ranking.items())
            order << item.label;
        // Not known is not smallest: it comes after the really empty target.
        QCOMPARE(order, (QStringList{u"web"_s, u"empty"_s, u"backup"_s}));
        QCOMPARE(CapacityRanking::sizeText(ranking.items().at(1)), u"0 bytes"_s);
        QCOMPARE(CapacityRanking::sizeText(ranking.items().at(2)), u"—"_s);
        QCOMPARE(ranking.toolTipFor(2), u"backup\nNot known until you log in"_s);
        QVERIFY(!ranking.toolTipFor(1).contains(u"none"_s));
        // The sizes keep a gap to the right edge, where a scroll bar goes.
        for (const CapacityRanking::Row &row : ranking.rows())
            QVERIFY2(row.size.right() <= ranking.width() - 1 - 8, qPrintable(QString::number(row.size.right())));
    }
};

QTEST_MAIN(TestCapacityBar)
#include "tst_capacitybar.moc"
