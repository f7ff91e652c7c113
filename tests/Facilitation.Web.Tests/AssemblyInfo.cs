// Each functional test starts a real host with an actor system; run them one at a time so two
// cores are not starved (STACK.md, trap 9).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
