from __future__ import annotations

import gc
import weakref

from app.ui.collector import MainThreadCollector


class Node:
    pass


def test_cycles_are_collected_on_the_timer_only(qtbot) -> None:
    gc.enable()
    collector = MainThreadCollector(interval_ms=20)
    assert not gc.isenabled()
    node = Node()
    node.me = node  # a cycle: only the cycle collector frees it
    alive = weakref.ref(node)
    del node
    qtbot.waitUntil(lambda: alive() is None, timeout=2000)
    collector.stop()
    assert gc.isenabled()
