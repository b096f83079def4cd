// Every test drives the one jsii (Node.js) runtime of this process; keep them off each other's toes.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
