// Placeholder until the page is built.
export default function ProgrammeFormPage() {
  return null;
}
