using GitGoods.Bootstrap;
using GitGoods.Hosting.Runtime;

// One native executable for every function: `_HANDLER` names the FunctionManifest entry to run.
return await FunctionHost.RunAsync(ProcessEnvironment.Instance, TimeProvider.System);
