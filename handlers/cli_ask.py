"""`samverkansbot ask "…"`: a question about decisions, answered as in the chat.

Its own module, so that asking imports what answering needs and nothing of the minutes reader.
"""

from __future__ import annotations

import json

from sqlalchemy.engine import Engine

from bot.clock import Clock, local
from storage.engine import unit_of_work


def ask(engine: Engine, clock: Clock, question: str, as_json: bool) -> int:
    from bot.decisions import questions as decisions

    with unit_of_work(engine) as session:
        answer = decisions.ask(session, question, local(clock.now()).date())
    if as_json:
        print(json.dumps({"answer": answer.answer, "sources": answer.sources},
                         ensure_ascii=False, indent=2))
    else:
        print(answer.answer)
    return 0
