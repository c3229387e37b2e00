// One collection at a time: each starts its own app (plus Chromium) on a small, shared machine, and a Blazor circuit
// starved of CPU is what made these tests flaky. Collections run one after another; each disposes its app when done.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
