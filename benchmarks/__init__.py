"""Benchmarks for summarizer: python -m benchmarks [NAME] [--quick]. Results in BENCHMARKS.md."""
