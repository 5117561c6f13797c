/** A snapshot that contradicts itself or the state (e.g. an unknown stage id): a bug, not bad input. */
export class WorkflowSnapshotError extends Error {
  override name = 'WorkflowSnapshotError';
}
