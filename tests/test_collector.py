"""The cycle collector is paused around large pages and left as it was found."""

from __future__ import annotations

import gc
import threading

from hindinews import parse
from hindinews.collector import paused

PAGE = "लखनऊ: बैठक हुई और सभी नेता शामिल हुए।\n" * 20_000


def test_pauses_nest_and_restore_the_collector() -> None:
    assert gc.isenabled()
    with paused(True):
        with paused(True):
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with paused(False):
        assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with paused(True):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failure_inside_still_restores_the_collector() -> None:
    try:
        with paused(True):
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_threads_parsing_large_pages_leave_the_collector_on() -> None:
    threads = [threading.Thread(target=lambda: parse(PAGE).to_dict()) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
