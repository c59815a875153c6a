// Placeholder until the page is built.
export default function OpenCallsPage() {
  return null;
}
