"""The documents' charts for tests that export: Qt's renderer, made on the first chart in
a ``QApplication`` (a bare QGuiApplication made first would stop the widget tests after)."""

from __future__ import annotations

from collections.abc import Sequence

from dialoog_app.export.charts import Chart


class _TestCharts:
    def render(self, charts: Sequence[Chart]) -> list[bytes]:
        from PySide6.QtWidgets import QApplication

        from dialoog_app.ui.app import make_application
        from dialoog_app.ui.document_charts import QtChartRenderer

        if QApplication.instance() is None:
            make_application()
        return QtChartRenderer().render(charts)


CHARTS = _TestCharts()
