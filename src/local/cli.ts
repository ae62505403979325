export async function main(_argv: string[]): Promise<number> {
  console.log('learning-week: CLI not implemented yet');
  return 0;
}
