// TreeModel, the tree plumbing of DiscoveryModel and PoolsModel, on a small model of its own
// (shelf → book → chapter) under QAbstractItemModelTester. Built from TreeModel.cpp and Qt Core
// alone: the base needs no widgets.
#include "widgets/TreeModel.h"
#include "widgets/TypedTreeNode.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using lunscope::TreeModel;
using lunscope::TreeNode;
using lunscope::TypedTreeNode;

namespace {

struct Book
{
    QString title;
    int pages = 0;
};

struct BookNode;
struct ChapterNode;

struct ShelfNode : TypedTreeNode<TreeNode, BookNode>
{
    QString name;
};

struct BookNode : TypedTreeNode<ShelfNode, ChapterNode>
{
    Book book;
};

struct ChapterNode : TypedTreeNode<BookNode>
{
    QString title;
};

// Shelves in the order they come, books sorted by title, chapters in the order they come.
class ShelfModel : public TreeModel
{
public:
    int columnCount(const QModelIndex & = {}) const override { return 2; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const TreeNode *n = node(index);
        if (!n || role != Qt::DisplayRole)
            return {};
        switch (n->level()) {
        case 0: return index.column() == 0 ? QVariant(static_cast<const ShelfNode *>(n)->name) : QVariant();
        case 1: {
            const Book &book = static_cast<const BookNode *>(n)->book;
            return index.column() == 0 ? QVariant(book.title) : QVariant(book.pages);
        }
        default: return index.column() == 0 ? QVariant(static_cast<const ChapterNode *>(n)->title) : QVariant();
        }
    }

    void setShelves(const QStringList &names)
    {
        syncChildren<ShelfNode, QString>(root(), names, {
            .matches = [](const ShelfNode &shelf, const QString &name) { return shelf.name == name; },
            .create = [](const QString &name) { auto shelf = std::make_unique<ShelfNode>(); shelf->name = name; return shelf; },
            .update = [](ShelfNode &, const QString &) { return false; },
            .precedes = {},
        });
    }

    void setBooks(const QString &shelf, const QList<Book> &books, bool removeMissing = true)
    {
        syncChildren<BookNode, Book>(shelfNode(shelf), books, {
            .matches = [](const BookNode &node, const Book &book) { return node.book.title == book.title; },
            .create = [](const Book &book) { auto node = std::make_unique<BookNode>(); node->book = book; return node; },
            .update = [](BookNode &node, const Book &book) {
                const bool changed = node.book.pages != book.pages;
                node.book = book;
                return changed;
            },
            .precedes = [](const BookNode &node, const Book &book) { return node.book.title < book.title; },
            .removeMissing = removeMissing,
        });
    }

    void setChapters(const QString &shelf, const QString &title, const QStringList &chapters)
    {
        syncChildren<ChapterNode, QString>(bookNode(shelf, title), chapters, {
            .matches = [](const ChapterNode &chapter, const QString &name) { return chapter.title == name; },
            .create = [](const QString &name) { auto chapter = std::make_unique<ChapterNode>(); chapter->title = name; return chapter; },
            .update = [](ChapterNode &, const QString &) { return false; },
            .precedes = {},
        });
    }

    // New shelves at the end, all in one notification.
    void addShelves(const QStringList &names)
    {
        std::vector<std::unique_ptr<TreeNode>> shelves;
        for (const QString &name : names) {
            auto shelf = std::make_unique<ShelfNode>();
            shelf->name = name;
            shelves.push_back(std::move(shelf));
        }
        appendChildren(root(), std::move(shelves));
    }

    void removeShelf(const QString &name) { removeChildren(root(), shelfNode(name)->row(), 1); }

    ShelfNode *shelfNode(const QString &name) const
    {
        for (ShelfNode *shelf : topLevel<ShelfNode>()) {
            if (shelf->name == name)
                return shelf;
        }
        return nullptr;
    }

    BookNode *bookNode(const QString &shelf, const QString &title) const
    {
        for (BookNode *book : shelfNode(shelf)->children()) {
            if (book->book.title == title)
                return book;
        }
        return nullptr;
    }
};

QStringList titles(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(parent); ++row)
        list.append(model.index(row, 0, parent).data().toString());
    return list;
}

// (first, last) of each rowsInserted/rowsRemoved signal in a spy.
QList<std::pair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<std::pair<int, int>> list;
    for (const QList<QVariant> &arguments : spy)
        list.append({arguments.at(1).toInt(), arguments.at(2).toInt()});
    return list;
}

} // namespace

class TestTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ShelfModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_resets = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        m_layouts = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged);
        m_moves = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsAboutToBeMoved);
    }

    void cleanup()
    {
        // Every change is an insert, a removal or a dataChanged: never a reset, a layout change or a move.
        QCOMPARE(m_resets->size(), 0);
        QCOMPARE(m_layouts->size(), 0);
        QCOMPARE(m_moves->size(), 0);
        m_moves.reset();
        m_layouts.reset();
        m_resets.reset();
        m_tester.reset();
        m_model.reset();
    }

    void insertsAppendedAndSortedRows()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->setShelves({u"fiction"_s, u"atlases"_s});
        QCOMPARE(titles(*m_model, {}), (QStringList{u"fiction"_s, u"atlases"_s})); // appended, not sorted
        m_model->setBooks(u"fiction"_s, {{u"Middlemarch"_s, 880}, {u"Emma"_s, 474}, {u"Ulysses"_s, 730}});
        const QModelIndex fiction = m_model->index(0, 0);
        QCOMPARE(titles(*m_model, fiction), (QStringList{u"Emma"_s, u"Middlemarch"_s, u"Ulysses"_s}));
        // One signal per row, each at the row it landed on when it was inserted.
        QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{0, 0}, {1, 1}, {0, 0}, {0, 0}, {2, 2}}));
        QCOMPARE(inserted.at(2).at(0).value<QModelIndex>(), fiction);
    }

    void appendsABatchInOneInsert()
    {
        m_model->setShelves({u"fiction"_s});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->addShelves({u"atlases"_s, u"poetry"_s});
        m_model->addShelves({});
        QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{1, 2}}));
        QCOMPARE(titles(*m_model, {}), (QStringList{u"fiction"_s, u"atlases"_s, u"poetry"_s}));
        QCOMPARE(m_model->shelfNode(u"poetry"_s)->row(), 2);
    }

    void removesRowsWithoutValue()
    {
        m_model->setShelves({u"fiction"_s});
        m_model->setBooks(u"fiction"_s, {{u"A"_s, 1}, {u"B"_s, 2}, {u"C"_s, 3}, {u"D"_s, 4}});
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->setBooks(u"fiction"_s, {{u"B"_s, 2}, {u"D"_s, 4}});
        QCOMPARE(titles(*m_model, m_model->index(0, 0)), (QStringList{u"B"_s, u"D"_s}));
        QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{2, 2}, {0, 0}})); // from the bottom
        QCOMPARE(inserted.size(), 0);
        m_model->setBooks(u"fiction"_s, {});
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    }

    void updatesChangedRowsInPlace()
    {
        m_model->setShelves({u"fiction"_s});
        m_model->setBooks(u"fiction"_s, {{u"A"_s, 1}, {u"B"_s, 2}, {u"C"_s, 3}});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->setBooks(u"fiction"_s, {{u"A"_s, 1}, {u"B"_s, 20}, {u"C"_s, 3}});
        QCOMPARE(changed.size(), 1); // only the row whose value changed, all its columns
        const QModelIndex b = m_model->index(1, 0, m_model->index(0, 0));
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), b);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), b.siblingAtColumn(1));
        QCOMPARE(b.siblingAtColumn(1).data().toInt(), 20);
        QCOMPARE(inserted.size() + removed.size(), 0);
        m_model->setBooks(u"fiction"_s, {{u"A"_s, 1}, {u"B"_s, 20}, {u"C"_s, 3}});
        QCOMPARE(changed.size(), 1); // the same listing again changes nothing
    }

    void keepsExistingRowsWhereTheyAre()
    {
        // Persistent indexes (selections, expanded rows) follow their rows through a sync that
        // inserts before them and removes around them; no row is ever moved.
        m_model->setShelves({u"fiction"_s});
        m_model->setBooks(u"fiction"_s, {{u"C"_s, 3}, {u"E"_s, 5}, {u"G"_s, 7}});
        const QPersistentModelIndex e = m_model->index(1, 0, m_model->index(0, 0));
        m_model->setBooks(u"fiction"_s, {{u"A"_s, 1}, {u"E"_s, 5}, {u"F"_s, 6}, {u"B"_s, 2}});
        QCOMPARE(titles(*m_model, m_model->index(0, 0)), (QStringList{u"A"_s, u"B"_s, u"E"_s, u"F"_s}));
        QVERIFY(e.isValid());
        QCOMPARE(e.data().toString(), u"E"_s);
        QCOMPARE(e.row(), 2);
        QCOMPARE(m_model->indexOf(m_model->bookNode(u"fiction"_s, u"E"_s)), QModelIndex(e));
    }

    void addsWithoutRemovingWhenAsked()
    {
        m_model->setShelves({u"fiction"_s});
        m_model->setBooks(u"fiction"_s, {{u"B"_s, 2}});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setBooks(u"fiction"_s, {{u"A"_s, 1}, {u"B"_s, 22}}, false);
        m_model->setBooks(u"fiction"_s, {{u"C"_s, 3}}, false);
        QCOMPARE(titles(*m_model, m_model->index(0, 0)), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(changed.size(), 1); // B's pages
    }

    void duplicateValuesMakeOneRow()
    {
        m_model->setShelves({u"fiction"_s, u"fiction"_s, u"atlases"_s, u"atlases"_s});
        QCOMPARE(titles(*m_model, {}), (QStringList{u"fiction"_s, u"atlases"_s}));
        m_model->setBooks(u"fiction"_s, {{u"A"_s, 1}, {u"A"_s, 1}});
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 1);
    }

    void nestedLevels()
    {
        m_model->setShelves({u"fiction"_s, u"atlases"_s});
        m_model->setBooks(u"fiction"_s, {{u"Emma"_s, 474}, {u"Ulysses"_s, 730}});
        m_model->setChapters(u"fiction"_s, u"Ulysses"_s, {u"Telemachus"_s, u"Nestor"_s, u"Proteus"_s});
        const QModelIndex fiction = m_model->index(0, 0);
        const QModelIndex ulysses = m_model->index(1, 0, fiction);
        const QModelIndex nestor = m_model->index(1, 0, ulysses);
        QCOMPARE(nestor.data().toString(), u"Nestor"_s);
        QCOMPARE(nestor.parent(), ulysses);
        QCOMPARE(nestor.parent().parent(), fiction);
        QVERIFY(!fiction.parent().isValid());
        QCOMPARE(m_model->rowCount(ulysses.siblingAtColumn(1)), 0); // only column 0 has children

        const auto *chapter = static_cast<const ChapterNode *>(TreeModel::node(nestor));
        QCOMPARE(chapter->level(), 2);
        QCOMPARE(chapter->parent()->book.title, u"Ulysses"_s);
        QCOMPARE(chapter->parent()->parent()->name, u"fiction"_s);
        QCOMPARE(m_model->root()->level(), -1);

        // A book before Ulysses: the chapters' parent index follows it to its new row.
        m_model->setBooks(u"fiction"_s, {{u"Dubliners"_s, 152}, {u"Emma"_s, 474}, {u"Ulysses"_s, 730}});
        const QModelIndex moved = m_model->indexOf(chapter);
        QCOMPARE(moved.parent().row(), 2);
        QCOMPARE(moved.parent().data().toString(), u"Ulysses"_s);

        // Removing rows takes their subtrees along; the siblings below get their new numbers.
        m_model->setChapters(u"fiction"_s, u"Ulysses"_s, {u"Proteus"_s});
        QCOMPARE(m_model->indexOf(m_model->bookNode(u"fiction"_s, u"Ulysses"_s)->child(0)).row(), 0);
        m_model->removeShelf(u"fiction"_s);
        QCOMPARE(titles(*m_model, {}), QStringList{u"atlases"_s});
        QCOMPARE(m_model->shelfNode(u"atlases"_s)->row(), 0);
    }

    void invalidIndexes()
    {
        m_model->setShelves({u"fiction"_s});
        QVERIFY(!m_model->index(1, 0).isValid());
        QVERIFY(!m_model->index(0, 2).isValid());
        QVERIFY(!m_model->index(-1, 0).isValid());
        QVERIFY(!m_model->indexOf(nullptr).isValid());
        QVERIFY(!m_model->indexOf(m_model->root()).isValid());
        QCOMPARE(TreeModel::node({}), nullptr);
    }

private:
    std::unique_ptr<ShelfModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resets;
    std::unique_ptr<QSignalSpy> m_layouts;
    std::unique_ptr<QSignalSpy> m_moves;
};

QTEST_GUILESS_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
