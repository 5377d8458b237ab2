// The open dataset as the shell sees it (name in the header). Filled in by the datasets work (issue 4+).
class Workspace {
  datasetName = $state<string | null>(null);
}

export const workspace = new Workspace();
