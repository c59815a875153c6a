// Placeholder until the page is built.
export default function ProgrammePage() {
  return null;
}
