// lunscope_icon_render <input.svg> <size> <output.png>
//
// Rasterises one SVG into a square PNG at build time, so installing the hicolor PNG sizes needs no
// external rasteriser (rsvg-convert, inkscape) on the build machine: Qt SVG is there anyway.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0 || size > 4096) {
        err << "usage: lunscope_icon_render <input.svg> <size> <output.png>\n";
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "lunscope_icon_render: cannot read " << args.at(1) << " as SVG\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    const QFileInfo output(args.at(3));
    // A PNG that failed to write half-way must not look up to date to the build system.
    if (!QDir().mkpath(output.absolutePath()) || !image.save(output.absoluteFilePath(), "PNG")) {
        err << "lunscope_icon_render: cannot write " << output.absoluteFilePath() << '\n';
        QFile::remove(output.absoluteFilePath());
        return 1;
    }
    return 0;
}
