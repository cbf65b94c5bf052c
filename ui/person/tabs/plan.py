"""The "what matters and plan" tab of the person record: what matters, strengths, and goals with
their actions.

A mixin of ``PersonRecord`` (``ui.person.record``): its widgets are the record's attributes, as the
tests and the rest of the record reach them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.record import EMPTY_PLAN, EpisodeView
from app.i18n import translate
from ui.widgets.common import parse_date, say, show_date


class PlanTab:
    """Builds and fills the tab, and does what its buttons ask; mixed into ``PersonRecord``."""

    def _plan_tab(self) -> QWidget:
        page = QWidget(self)
        self.what_matters = QPlainTextEdit(page)
        self.what_matters.setAccessibleName(translate("person.tabs.plan", "What matters to the person"))
        self.what_matters.setTabChangesFocus(True)
        self.strengths = QPlainTextEdit(page)
        self.strengths.setAccessibleName(translate("person.tabs.plan", "Strengths"))
        self.strengths.setTabChangesFocus(True)
        for edit in (self.what_matters, self.strengths):
            edit.setMaximumHeight(edit.fontMetrics().height() * 4)
        self.save_matters = QPushButton(translate("person.tabs.plan", "Save w&hat matters"), page)
        self.save_matters.setAccessibleName(translate("person.tabs.plan", "Save what matters"))
        self.save_matters.clicked.connect(self.record_what_matters)
        self.plan = self._tree(translate("person.tabs.plan", "Plan goals and actions"), [
            translate("person.tabs.plan", "Goal or action"), translate("person.tabs.plan", "Owner"),
            translate("person.tabs.plan", "Date"), translate("person.tabs.plan", "Status")])
        self.goal_text = QLineEdit(page)
        self.goal_text.setAccessibleName(translate("person.tabs.plan", "New goal, in the person's words"))
        self.goal_text.setPlaceholderText(translate("person.tabs.plan", "A goal in the person's own words"))
        self.add_goal_button = QPushButton(translate("person.tabs.plan", "Add &goal"), page)
        self.add_goal_button.setAccessibleName(translate("person.tabs.plan", "Add the goal"))
        self.action_text = QLineEdit(page)
        self.action_text.setAccessibleName(translate("person.tabs.plan", "New action for the selected goal"))
        self.action_text.setPlaceholderText(translate("person.tabs.plan", "An action for the selected goal"))
        self.action_owner = QLineEdit(page)
        self.action_owner.setAccessibleName(translate("person.tabs.plan", "Who does the action"))
        self.action_owner.setPlaceholderText(translate("person.tabs.plan", "Who"))
        self.action_due = QLineEdit(page)
        self.action_due.setAccessibleName(translate("person.tabs.plan", "Action due date"))
        self.action_due.setPlaceholderText(translate("person.tabs.plan", "By DD/MM/YYYY"))
        hint = self.action_due.fontMetrics().horizontalAdvance(self.action_due.placeholderText())
        self.action_due.setMinimumWidth(hint + 3 * self.action_due.fontMetrics().averageCharWidth())  # never cut short
        self.add_action_button = QPushButton(translate("person.tabs.plan", "&Add action"), page)
        self.add_action_button.setAccessibleName(translate("person.tabs.plan", "Add the action to the selected goal"))
        self.done_button = QPushButton(translate("person.tabs.plan", "Mar&k done"), page)
        self.done_button.setAccessibleName(translate("person.tabs.plan", "Mark the selected goal achieved or action done"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.goal_text.returnPressed.connect(self.add_goal)
        self.add_action_button.clicked.connect(self.add_action)
        self.action_text.returnPressed.connect(self.add_action)
        self.done_button.clicked.connect(self.mark_done)
        form = QFormLayout()
        form.addRow(translate("person.tabs.plan", "What matters:"), self.what_matters)
        form.addRow(translate("person.tabs.plan", "Strengths:"), self.strengths)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_text, 1)
        goal_row.addWidget(self.add_goal_button)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_text, 3)
        action_row.addWidget(self.action_owner, 1)
        action_row.addWidget(self.action_due, 1)
        action_row.addWidget(self.add_action_button)
        action_row.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.save_matters, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.plan, 1)
        layout.addLayout(goal_row)
        layout.addLayout(action_row)
        return page

    def _fill_plan(self, episode: EpisodeView | None) -> None:
        plan = episode.plan if episode else EMPTY_PLAN
        self.what_matters.setPlainText(plan.what_matters)
        self.strengths.setPlainText(plan.strengths)
        self.plan_shown = (plan.what_matters, plan.strengths)  # what "unsaved" is measured against
        self.plan.clear()
        statuses = {"open": translate("person.tabs.plan", "open"), "achieved": translate("person.tabs.plan", "achieved"),
                    "dropped": translate("person.tabs.plan", "dropped")}
        for g in plan.goals:
            goal = QTreeWidgetItem(self.plan, [g.text, "", show_date(g.target_date), statuses.get(g.status, g.status)])
            goal.setData(0, Qt.ItemDataRole.UserRole, ("goal", g.id))
            for a in g.actions:
                action = QTreeWidgetItem(goal, [a.text, a.owner, show_date(a.due_date),
                                                translate("person.tabs.plan", "done") if a.done
                                                else translate("person.tabs.plan", "to do")])
                action.setData(0, Qt.ItemDataRole.UserRole, ("action", a.id))
        self.plan.expandAll()
        for column in range(3):
            self.plan.resizeColumnToContents(column)
        if self.plan.topLevelItemCount() and self.plan.currentItem() is None:
            self.plan.setCurrentItem(self.plan.topLevelItem(self.plan.topLevelItemCount() - 1))

    def unsaved_plan(self) -> list[str]:
        """What has been typed in this tab and not saved, in words ("what matters", "a new goal")."""
        shown = getattr(self, "plan_shown", ("", ""))
        typed = [(translate("person.tabs.plan", "what matters"), self.what_matters.toPlainText() != shown[0]),
                 (translate("person.tabs.plan", "strengths"), self.strengths.toPlainText() != shown[1]),
                 (translate("person.tabs.plan", "a new goal"), bool(self.goal_text.text().strip())),
                 (translate("person.tabs.plan", "a new action"), bool(self.action_text.text().strip()))]
        return [what for what, changed in typed if changed]

    def record_what_matters(self) -> None:
        if self.current_episode_id:
            self._run(self._core.plans.record_what_matters, self.current_episode_id,
                      what_matters=self.what_matters.toPlainText(), strengths=self.strengths.toPlainText())

    def add_goal(self) -> None:
        if self.current_episode_id:
            text = self.goal_text.text()
            self.goal_text.clear()
            self._run(self._core.plans.add_goal, self.current_episode_id, text=text)

    def _selected_goal(self) -> str | None:
        item = self.plan.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole)[1] if item is not None else None

    def add_action(self) -> None:
        goal = self._selected_goal()
        if goal is None:
            say(self.message, translate("person.tabs.plan", "Add a goal first, then its actions."))
            return
        try:
            due = parse_date(self.action_due.text())
        except ValueError as error:
            say(self.message, str(error))
            return
        text, owner = self.action_text.text(), self.action_owner.text()
        self.action_text.clear()
        self.action_due.clear()
        self._run(self._core.plans.add_action, goal, text=text, owner=owner, due_date=due)

    def mark_done(self) -> None:
        item = self.plan.currentItem()
        if item is None:
            return
        kind, ident = item.data(0, Qt.ItemDataRole.UserRole)
        if kind == "goal":
            self._run(self._core.plans.set_goal_status, ident, "achieved")
        else:
            self._run(self._core.plans.mark_action_done, ident)
