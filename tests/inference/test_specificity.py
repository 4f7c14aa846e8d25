"""Specificity: how much more likely the model finds a phrase after naming the product."""

from inference.pipeline import PipelineConfig, generate_messages
from tests.fakes.engine import ScriptedEngine


class RecordingEngine(ScriptedEngine):
    def __init__(self, hooks):
        super().__init__(hooks)
        self.contexts: list[str] = []

    def continuation_logprobs(self, contexts, continuations, batch_size=64):
        self.contexts.extend(contexts)
        return [-1.0 if "yoga mat" in ctx else -2.0 for ctx in contexts]


def test_it_names_the_product_when_the_opener_already_did(shopper):
    engine = RecordingEngine(["quiet evening stretches."])
    config = PipelineConfig(candidates=1, reviewed_min_similarity=None)
    [result] = generate_messages([shopper], engine=engine, config=config)
    # The opener names the mat, so the sent sentence says "It's"; the product context must
    # still name it, or specificity compares "It's made for" with "It is made for".
    assert result["body"].startswith("Still thinking about the non-slip yoga mat? It's ")
    assert set(engine.contexts) == {
        "Our non-slip yoga mat is made for",
        "It is made for",
    }
    assert result["source"] == "model"
    assert result["explanation"]["score_components"]["specificity"] == 1.0
