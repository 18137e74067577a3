"""`python -m bench` (or `make bench`): every benchmark, figures into BENCHMARKS.md."""

from bench import bench_fanout, bench_questions

if __name__ == "__main__":
    bench_questions.main()
    bench_fanout.main()
