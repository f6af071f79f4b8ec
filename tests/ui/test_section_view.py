"""A section page: list, filters and editor working together, on a real journal."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.ui.section_view import SectionView
from trustjournal.ui.sections import sections_for
from trustjournal.ui.session import JournalSession

TODAY = dt.date.today()


def section(role: Role, key: str):
    return next(s for s in sections_for(role) if s.key == key)


@pytest.fixture
def session(journal, qapp):
    s = JournalSession(journal)
    yield s
    if s.is_open:
        s.close()


def feelings(session, count=3, **extra):
    return [
        session.journal.get(i)
        for i in session.journal.add_many(
            [
                EntryDraft(
                    kind=Kind.FEELING,
                    title=f"Feeling {n}",
                    body=f"Body of feeling {n}",
                    date=TODAY - dt.timedelta(days=n),
                    **extra,
                )
                for n in range(count)
            ]
        )
    ]


def make_view(qtbot, session, key="feelings", role=Role.HURT) -> SectionView:
    view = SectionView(session, section(role, key))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    return view


def entry_list(view) -> QListView:
    found = view.findChild(QListView, "entryList")
    assert found is not None
    return found


def selected_id(view) -> int | None:
    index = entry_list(view).selectionModel().currentIndex()
    selected = entry_list(view).selectionModel().selectedIndexes()
    if not index.isValid() or not selected:
        return None
    return view.model.entry_id_at(index.row())


def select_row(view, row: int) -> None:
    entry_list(view).setCurrentIndex(view.model.index(row, 0))


def fake_question(monkeypatch, answer):
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_new_entry_saved_with_ctrl_s_is_selected(session, qtbot, qtmodeltester):
    feelings(session, 2)
    view = make_view(qtbot, session)
    qtmodeltester.check(view.model)
    with qtbot.waitActive(view, timeout=2000):
        view.show()
        view.activateWindow()
    view.findChild(QPushButton, "newEntryButton").click()
    title = view.findChild(QLineEdit, "titleEdit")
    assert title.hasFocus()
    qtbot.keyClicks(title, "A calm evening together")
    with qtbot.waitSignal(view.editor.saved, timeout=1000) as blocker:
        qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new_id = blocker.args[0]
    assert view.model.rowCount() == 3
    assert view.model.index(0).data() == "A calm evening together"
    assert selected_id(view) == new_id
    assert view.editor.entry_id == new_id


def test_local_shortcuts_step_aside_for_a_window_action(session, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    view = SectionView(session, section(Role.HURT, "feelings"))
    window.setCentralWidget(view)
    window_save = QAction("Save", window)
    window_save.setShortcut(QKeySequence.StandardKey.Save)
    window.addAction(window_save)
    view.set_local_shortcuts(False)
    with qtbot.waitActive(window, timeout=2000):
        window.show()
        window.activateWindow()
    title = view.findChild(QLineEdit, "titleEdit")
    title.setFocus()
    with qtbot.waitSignal(window_save.triggered, timeout=1000):
        qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_starts_a_new_entry(session, qtbot):
    entries = feelings(session, 1)
    view = make_view(qtbot, session)
    with qtbot.waitActive(view, timeout=2000):
        view.show()
        view.activateWindow()
    select_row(view, 0)
    assert view.editor.entry_id == entries[0].id
    entry_list(view).setFocus()
    qtbot.keyClick(entry_list(view), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.editor.entry_id is None
    assert selected_id(view) is None


def test_selecting_a_row_opens_it(session, qtbot):
    entries = feelings(session, 3)
    view = make_view(qtbot, session)
    select_row(view, 1)
    assert view.editor.entry_id == entries[1].id
    assert view.findChild(QPlainTextEdit, "bodyEdit").toPlainText() == "Body of feeling 1"
    assert not view.has_unsaved_changes()


def test_unsaved_changes_cancel_keeps_text_and_selection(session, qtbot, monkeypatch):
    entries = feelings(session, 3)
    view = make_view(qtbot, session)
    view.show()
    select_row(view, 0)
    body = view.findChild(QPlainTextEdit, "bodyEdit")
    body.setPlainText("Words I have not saved")
    assert view.has_unsaved_changes()

    asked = fake_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    select_row(view, 2)
    qtbot.waitUntil(lambda: asked == ["Save changes?"], timeout=1000)
    qtbot.waitUntil(lambda: selected_id(view) == entries[0].id, timeout=1000)
    assert view.editor.entry_id == entries[0].id
    assert body.toPlainText() == "Words I have not saved"

    asked = fake_question(monkeypatch, QMessageBox.StandardButton.Discard)
    select_row(view, 2)
    qtbot.waitUntil(lambda: view.editor.entry_id == entries[2].id, timeout=1000)
    assert body.toPlainText() == "Body of feeling 2"
    assert selected_id(view) == entries[2].id
    assert session.journal.get(entries[0].id).body == "Body of feeling 0"


def test_unsaved_changes_save_then_switch(session, qtbot, monkeypatch):
    entries = feelings(session, 3)
    view = make_view(qtbot, session)
    select_row(view, 0)
    view.findChild(QPlainTextEdit, "bodyEdit").setPlainText("Saved on the way out")
    fake_question(monkeypatch, QMessageBox.StandardButton.Save)
    select_row(view, 1)
    qtbot.waitUntil(lambda: view.editor.entry_id == entries[1].id, timeout=1000)
    assert session.journal.get(entries[0].id).body == "Saved on the way out"
    assert selected_id(view) == entries[1].id


def test_new_entry_asks_about_unsaved_changes(session, qtbot, monkeypatch):
    feelings(session, 1)
    view = make_view(qtbot, session)
    select_row(view, 0)
    view.findChild(QLineEdit, "titleEdit").setText("Changed title")
    fake_question(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert view.new_entry() is False
    assert view.findChild(QLineEdit, "titleEdit").text() == "Changed title"
    fake_question(monkeypatch, QMessageBox.StandardButton.Discard)
    assert view.new_entry() is True
    assert view.findChild(QLineEdit, "titleEdit").text() == ""


def test_filters_narrow_the_list(session, qtbot):
    feelings(session, 4)
    session.add(EntryDraft(kind=Kind.FEELING, title="Family dinner", tags=("family",)))
    session.add(
        EntryDraft(
            kind=Kind.FEELING,
            title="Old memory",
            date=TODAY - dt.timedelta(days=100),
            session=True,
        )
    )
    session.add(EntryDraft(kind=Kind.TRIGGER, title="Not a feeling"))
    view = make_view(qtbot, session)
    assert view.model.rowCount() == 6

    tag_combo = view.findChild(QComboBox, "tagFilterCombo")
    assert tag_combo.itemText(0) == "Any tag"
    tag_combo.setCurrentIndex(tag_combo.findText("family"))
    assert [view.model.index(r).data() for r in range(view.model.rowCount())] == ["Family dinner"]
    clear = view.findChild(QPushButton, "clearFiltersButton")
    assert clear.isEnabled()
    clear.click()
    assert view.model.rowCount() == 6
    assert not clear.isEnabled()

    view.findChild(QCheckBox, "sessionOnlyCheck").setChecked(True)
    assert [view.model.index(r).data() for r in range(view.model.rowCount())] == ["Old memory"]
    clear.click()

    view.findChild(QCheckBox, "anyDateCheck").setChecked(False)  # the last 30 days
    assert view.model.rowCount() == 5
    assert view.filter_bar.filters().since == TODAY - dt.timedelta(days=30)

    tag_combo.setCurrentIndex(tag_combo.findText("family"))
    view.findChild(QCheckBox, "sessionOnlyCheck").setChecked(True)
    empty = view.findChild(QLabel, "emptyStateLabel")
    assert view.model.rowCount() == 0
    assert empty.isVisibleTo(view)
    assert empty.text() == "No entries match these filters."


def test_needs_and_boundaries_shows_the_kind_selector(session, qtbot):
    session.add(EntryDraft(kind=Kind.NEED, title="Honest answers"))
    session.add(EntryDraft(kind=Kind.BOUNDARY, title="No contact with her"))
    session.add(EntryDraft(kind=Kind.FEELING, title="Not here"))
    view = make_view(qtbot, session, "needs")
    assert view.findChild(QComboBox, "kindCombo").isVisibleTo(view)
    kind_filter = view.findChild(QComboBox, "kindFilterCombo")
    assert kind_filter.isVisibleTo(view)
    assert view.model.rowCount() == 2
    kind_filter.setCurrentIndex(kind_filter.findText("Boundary"))
    assert [view.model.index(0).data()] == ["No contact with her"]
    assert view.model.rowCount() == 1

    assert view.new_entry(Kind.BOUNDARY)
    assert view.editor.kind is Kind.BOUNDARY
    feelings_view = make_view(qtbot, session)
    assert not feelings_view.findChild(QComboBox, "kindCombo").isVisibleTo(feelings_view)
    assert not feelings_view.findChild(QComboBox, "kindFilterCombo").isVisibleTo(feelings_view)


def test_empty_section_invites_a_first_entry(session, qtbot):
    view = make_view(qtbot, session)
    empty = view.findChild(QLabel, "emptyStateLabel")
    assert empty.isVisibleTo(view)
    assert empty.text() == "Nothing here yet. When you're ready, write your first feeling."
    assert empty.textFormat() == Qt.TextFormat.PlainText
    view.findChild(QLineEdit, "titleEdit").setText("First one")
    assert view.save_pending()
    assert not empty.isVisibleTo(view)
    assert entry_list(view).isVisibleTo(view)


def test_open_entry_beyond_the_loaded_rows(session, qtbot):
    entries = feelings(session, 150)
    view = make_view(qtbot, session)
    assert view.model.rowCount() == 100
    assert view.open_entry(entries[140].id)
    assert view.editor.entry_id == entries[140].id
    assert selected_id(view) is None
    assert view.open_entry(entries[3].id)
    assert selected_id(view) == entries[3].id
    assert not view.open_entry(10_000)  # no such entry: nothing changes
    assert view.editor.entry_id == entries[3].id


def test_scrolling_fetches_the_next_page(session, qtbot):
    feelings(session, 150)
    view = make_view(qtbot, session)
    view.show()
    qtbot.waitExposed(view)
    entry_list(view).scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 150, timeout=2000)


def test_main_window_api(session, qtbot):
    entries = feelings(session, 2)
    view = make_view(qtbot, session)
    assert view.save_pending()  # nothing to save
    view.open_entry(entries[0].id)
    view.findChild(QLineEdit, "titleEdit").setText("Renamed")
    assert view.has_unsaved_changes()
    view.discard_pending()
    assert not view.has_unsaved_changes()
    assert view.findChild(QLineEdit, "titleEdit").text() == "Feeling 0"
    view.findChild(QLineEdit, "titleEdit").setText("Renamed")
    assert view.save_pending()
    assert session.journal.get(entries[0].id).title == "Renamed"
    view.findChild(QLineEdit, "titleEdit").setText("")
    assert view.save_pending() is False  # the calm inline message says why
    assert view.has_unsaved_changes()


def test_changes_elsewhere_reach_the_editor(session, qtbot):
    entries = feelings(session, 2)
    view = make_view(qtbot, session)
    view.open_entry(entries[0].id)
    session.update(entries[0].id, EntryDraft(kind=Kind.FEELING, title="Changed elsewhere"))
    assert view.findChild(QLineEdit, "titleEdit").text() == "Changed elsewhere"
    session.delete(entries[0].id)
    assert view.editor.entry_id is None
    assert view.model.rowCount() == 1


def test_clear_leaves_no_journal_text(session, qtbot):
    feelings(session, 3, tags=("secrettag",), emotions=("secretemotion",))
    view = make_view(qtbot, session)
    view.show()
    select_row(view, 1)
    view.editor.body_tabs.setCurrentIndex(1)  # fill the preview too
    tag_combo = view.findChild(QComboBox, "tagFilterCombo")
    tag_combo.setCurrentIndex(tag_combo.findText("secrettag"))

    view.editor.emotions_edit.refresh_suggestions()
    view.editor.tags_edit.refresh_suggestions()
    assert "secretemotion" in view.editor.emotions_edit.suggestions()

    view.clear()

    texts: list[str] = []
    texts += [w.text() for w in view.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in view.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in view.findChildren(QTextEdit)]
    texts += [w.text() for w in view.findChildren(QLabel)]
    for combo in view.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    texts += view.editor.emotions_edit.suggestions() + view.editor.tags_edit.suggestions()
    model = view.model
    texts += [str(model.index(r).data()) for r in range(model.rowCount())]
    joined = "\n".join(texts).lower()
    assert "feeling 1" not in joined and "body of" not in joined
    assert "secret" not in joined
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


@pytest.mark.parametrize("role", [Role.HURT, Role.REPAIRING])
def test_every_section_invites_its_first_entry_in_one_whole_sentence(session, qtbot, role):
    shown = [s for s in sections_for(role) if s.kinds]
    assert len(shown) >= 5
    for one in shown:
        view = make_view(qtbot, session, one.key, role)
        assert view.model.rowCount() == 0
        text = view.findChild(QLabel, "emptyStateLabel").text()
        assert text.startswith("Nothing here yet. When you're ready, write your first "), one.key
