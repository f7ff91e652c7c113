// Each test starts the real product (an actor system, a journal) and a browser: one at a time, so
// two cores are not starved (STACK.md, trap 9).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
