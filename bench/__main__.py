"""`python -m bench` (or `make bench`): every benchmark, figures into BENCHMARKS.md."""

from bench import (
    bench_ack,
    bench_corpus,
    bench_fanout,
    bench_hostile,
    bench_parse,
    bench_questions,
    bench_web,
)

if __name__ == "__main__":
    bench_parse.main([])
    bench_corpus.main([])
    bench_questions.main()
    bench_ack.main([])
    bench_fanout.main()
    bench_hostile.main()
    bench_web.main([])
