// Placeholder until the page is built.
export default function OpenCallPage() {
  return null;
}
