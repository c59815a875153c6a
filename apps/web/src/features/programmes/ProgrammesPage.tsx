// Placeholder until the page is built.
export default function ProgrammesPage() {
  return null;
}
