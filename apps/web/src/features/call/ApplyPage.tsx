// Placeholder until the page is built.
export default function ApplyPage() {
  return null;
}
