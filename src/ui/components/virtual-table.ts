// A column of VirtualTable: caption, CSS grid width and how to show a row's cell.
export interface TableColumn<R> {
  caption: string;
  width: string;
  numeric?: boolean;
  cell: (row: R) => string;
}
