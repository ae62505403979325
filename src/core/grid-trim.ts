import type { Cell } from './cell';

const isEmpty = (cell: Cell | undefined): boolean => cell === null || cell === undefined || cell === '';

/** Drops trailing empty rows and columns and pads rows to one width, as getDataRange() does. */
export function trimGrid(grid: readonly (readonly (Cell | undefined)[])[]): Cell[][] {
  let height = grid.length;
  while (height > 0 && grid[height - 1]!.every(isEmpty)) height--;
  let width = 0;
  for (let i = 0; i < height; i++) {
    const line = grid[i]!;
    for (let j = line.length - 1; j >= width; j--) {
      if (!isEmpty(line[j])) {
        width = j + 1;
        break;
      }
    }
  }
  return grid.slice(0, height).map((line) => {
    const out: Cell[] = [];
    for (let j = 0; j < width; j++) {
      const cell = line[j];
      out.push(cell === undefined || cell === '' ? null : cell);
    }
    return out;
  });
}
